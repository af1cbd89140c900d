# Customer lookup (Algonomy RCDP): identifier detection, productPurchased parsing, purchases model.
cdp_add_test(NAME tst_customerkey SOURCES tst_customerkey.cpp LIBS cdpcore LABELS unit domain)
cdp_add_test(NAME tst_purchasesmodel SOURCES tst_purchasesmodel.cpp LIBS cdpcore LABELS unit models)
cdp_add_test(NAME tst_rcdptokenprovider SOURCES tst_rcdptokenprovider.cpp LIBS cdpcore LABELS unit auth)
