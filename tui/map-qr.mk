# The browser's province map and take-away QR code (overlays), and
# yidu --qr. Kept apart from tui/local.mk so the pieces stay small.
tui_yidu_SOURCES += tui/cli-qr.h tui/cli-qr.c
tui_yidu_SOURCES += tui/overlay-map.h tui/overlay-map.c tui/overlay-qr.h tui/overlay-qr.c
