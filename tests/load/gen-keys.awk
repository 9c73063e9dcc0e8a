# gen-keys.awk: writes the load test's input, one tmux command file per
# round (DIR/r00001 ...), each sending a few random keys to every session
# and now and then resizing one. Run with:
#   awk -v seed=S -v rounds=R -v sessions=N -v kiosk_every=K -v dir=DIR \
#       -f gen-keys.awk /dev/null
# Every line for session NN ends with a comment "#k NN COUNT" so the driver
# can count the keys of the rounds it actually ran.
#
# Normal sessions never get the keys that end them on purpose (q, F10, the
# menu keys 0, m and F2 that lead to its Quit item) nor the bytes the
# terminal turns into signals or flow control in cbreak mode (C-c, C-z,
# C-\, C-s, C-q), nor a bare ESC byte that could start a function key.
# Kiosk sessions (raw mode, quitting ignored) get all of those; they only
# never see '9', their quit key.

function pick(n) { return int(rand() * n) }

function hex(b) { return sprintf("%02x", b) }

# A byte that a session of this kind may receive raw.
function ok_byte(b, kiosk) {
	if (kiosk)
		return b != 57
	if (b == 3 || b == 26 || b == 28 || b == 17 || b == 19 || b == 27)
		return 0
	if (b == 113 || b == 48 || b == 109)
		return 0
	return 1
}

function random_bytes(kiosk,    n, i, b, out) {
	n = 1 + pick(6)
	out = ""
	for (i = 0; i < n; i++) {
		do b = pick(256); while (!ok_byte(b, kiosk))
		out = out " " hex(b)
	}
	nkeys += n
	return "-H" out
}

BEGIN {
	srand(seed)
	# Named keys tmux knows, then single characters sent as bytes.
	split("Up Down Left Right Enter Escape PPage NPage Home End Tab BTab F1 F3 BSpace C-l C-n C-b C-f", named, " ")
	nnamed = 19
	split("j k h l g G b f o B ' / n N ? c * 1 2 3 4 5 F", chars, " ")
	nchars = 23
	split("0 m q F2 F10 C-c C-z C-\\ 6 7 8", kiosk_named, " ")
	nkiosk = 11
	# Search text: words, pinyin, phrases, Traditional, FTS syntax.
	split("医保|异地就医|报销|门诊 慢性病|yibao|\"医保 报销\"|醫保|挂号|生育津贴|a|医|OR|NOT 医保|NEAR(|*|\"|医保 OR 门诊 AND|(((|长沙 湘雅 眼科|zhongyi guahao|𠀀𪚥|ＡＢＣ１２３|日本語テキスト|ß|é", words, "|")
	nwords = 25
	# Sizes a resize picks from: common terminals and storms down to 1x1.
	split("80x24 100x30 120x40 160x50 132x43 60x20 40x12 20x6 200x60 30x8 1x1 2x2 10x3 5x40 220x5", sizes, " ")
	nsizes = 15
	for (r = 1; r <= rounds; r++) {
		file = sprintf("%s/r%05d", dir, r)
		for (s = 1; s <= sessions; s++) {
			kiosk = kiosk_every && s % kiosk_every == 0
			nkeys = 0
			line = ""
			n = 2 + pick(14)
			for (i = 0; i < n; i++) {
				x = rand()
				if (x < 0.40) {
					line = line " ; send-keys -t " sprintf("s%02d", s) " " named[1 + pick(nnamed)]
					nkeys++
				} else if (x < 0.75) {
					c = chars[1 + pick(nchars)]
					if (c == "'") c = "\"'\""
					else if (c == "?" || c == "*") c = "'" c "'"
					line = line " ; send-keys -t " sprintf("s%02d", s) " " c
					nkeys++
				} else if (x < 0.85) {
					# a search: open it, type, then search or cancel
					w = words[1 + pick(nwords)]
					gsub(/'/, "", w)
					line = line " ; send-keys -t " sprintf("s%02d", s) " / ; send-keys -t " \
						sprintf("s%02d", s) " -l '" w "' ; send-keys -t " sprintf("s%02d", s) \
						" " (rand() < 0.8 ? "Enter" : "Escape")
					t = w
					gsub(/[\200-\277]/, "", t)   # count characters, not bytes
					nkeys += 2 + length(t)
				} else if (x < 0.95 || !kiosk) {
					line = line " ; send-keys -t " sprintf("s%02d", s) " " random_bytes(kiosk)
				} else {
					k = kiosk_named[1 + pick(nkiosk)]
					if (k ~ /\\/) k = "'" k "'"
					line = line " ; send-keys -t " sprintf("s%02d", s) " " k
					nkeys++
				}
			}
			if (rand() < 0.02) {
				split(sizes[1 + pick(nsizes)], wh, "x")
				line = line " ; resize-window -t " sprintf("s%02d", s) " -x " wh[1] " -y " wh[2]
			}
			sub(/^ ; /, "", line)
			printf "%s #k %02d %d\n", line, s, nkeys > file
		}
		close(file)
	}
}
