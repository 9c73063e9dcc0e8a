# The province map (a region picker) and QR codes to take an article away.
#   province-map.c  the tile layout (data/province-grid.tsv), arrows, sizes
#   qr.c            libqrencode's matrix drawn as half-block text
#   qr-payload.c    what an article's code carries, fitted to the space
lib_libyidu_a_SOURCES += lib/province-map.c lib/qr.c lib/qr-payload.c
noinst_HEADERS += include/yidu/province-map.h include/yidu/qr.h
dist_pkgdata_DATA += data/province-grid.tsv
