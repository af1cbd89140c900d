# Unit tests of the events room (issue 6): composer, order state machine, outbox store.
cdp_add_test(NAME tst_eventcomposer SOURCES tst_eventcomposer.cpp LIBS cdpcore LABELS unit events)
cdp_add_test(NAME tst_orderstate SOURCES tst_orderstate.cpp LIBS cdpcore LABELS unit events)
cdp_add_test(NAME tst_outbox SOURCES tst_outbox.cpp LIBS cdpcore LABELS unit events)
