# Tests: the province map and QR codes (unit), codes decoded by zbarimg.
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-province-map tests/unit/test-qr
TESTS += tests/unit/test-province-map tests/unit/test-qr
tests_unit_test_province_map_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_province_map_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
tests_unit_test_qr_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_qr_LDADD = $(YIDU_LIBS) $(CMOCKA_LIBS)
endif

TESTS += tests/qr-decode.sh
EXTRA_DIST += tests/qr-decode.sh tests/qr-image.py tests/data/qr

# End to end in tmux.
TESTS += tests/tui-map.sh
EXTRA_DIST += tests/tui-map.sh
TESTS += tests/tui-qr.sh
EXTRA_DIST += tests/tui-qr.sh
