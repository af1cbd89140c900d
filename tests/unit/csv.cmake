# Unit tests of the cdpcsv library (app/csv): Carma schema, values, validator, CSV reader.
cdp_add_test(NAME tst_carmavalidator SOURCES tst_carmavalidator.cpp LIBS cdpcsv LABELS csv)
cdp_add_test(NAME tst_carmavalues SOURCES tst_carmavalues.cpp LIBS cdpcsv LABELS csv)
cdp_add_test(NAME tst_csvreader SOURCES tst_csvreader.cpp LIBS cdpcsv LABELS csv)
# Column mapping, transforms and the Carma writer (convertToCarma).
cdp_add_test(NAME tst_datetransform SOURCES tst_datetransform.cpp LIBS cdpcsv LABELS csv)
cdp_add_test(NAME tst_columnmapping SOURCES tst_columnmapping.cpp LIBS cdpcsv LABELS csv)
cdp_add_test(NAME tst_carmawriter SOURCES tst_carmawriter.cpp LIBS cdpcsv LABELS csv TIMEOUT 300)
