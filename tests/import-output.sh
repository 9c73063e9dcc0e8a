#!/bin/sh
# yidu-import never destroys what is not a yidu corpus: every kind of
# output path that is not a new path or a corpus is refused with a message
# naming it, before any work (no temporary or lock file left beside it);
# an import that yields no article leaves the corpus as it was (unless
# --allow-empty); imports to one output are serialised by a lock
# ("another import is writing", --wait) and concurrent --append imports
# keep every article.
: "${YIDU_IMPORT:?}" "${top_srcdir:?}" "${YIDU_DATA_DIR:?}"
. "$top_srcdir/tests/lib.sh"
sql() { sqlite3 -batch -noheader "$1" "$2"; }
seeds=$top_srcdir/tests/data/seeds

# 1. Refused output paths: the message names what the path is, and the
#    path (and its folder) are as they were.
mkdir "$d/o"
cd "$d/o" || exit 99
mkfifo fifo
: >empty
echo "a shopping list" >foreign
sqlite3 other.db "CREATE TABLE t(x); INSERT INTO t VALUES (1)"
mkdir folder
python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])' sock
ln -s /dev/null to-null
ln -s fifo to-fifo
ln -s empty to-empty
ln -s foreign to-foreign
ln -s folder to-folder
ln -s sock to-sock
ln -s nowhere dangling
refuse() {   # path, words the message must hold
	before=$(find "$d/o" -mindepth 1 -printf "%p %y %s %T@\n" | sort | md5sum)
	timeout 10 "$YIDU_IMPORT" -q -o "$1" "$seeds" 2>"$d/err"
	rc=$?
	after=$(find "$d/o" -mindepth 1 -printf "%p %y %s %T@\n" | sort | md5sum)
	if [ $rc = 1 ] && grep -q "$2" "$d/err" && grep -q "refusing" "$d/err" &&
	   [ "$before" = "$after" ]; then
		ok "$1 refused: $(cat "$d/err")"
	else
		no "$1: exit $rc, folder changed: $([ "$before" = "$after" ] && echo no || echo yes), message: $(cat "$d/err")"
	fi
}
refuse fifo "is a FIFO"
refuse empty "is an empty file"
refuse foreign "not a SQLite database"
refuse other.db "SQLite database of another program"
refuse folder "is a directory"
refuse sock "is a socket"
refuse to-null "symbolic link to a character device"
refuse to-fifo "symbolic link to a FIFO"
refuse to-empty "symbolic link to an empty file"
refuse to-foreign "symbolic link to a file that is not a SQLite"
refuse to-folder "symbolic link to a directory"
refuse to-sock "symbolic link to a socket"
refuse dangling "leads nowhere"
check "the FIFO is still a FIFO" "$(stat -c %F fifo)" "fifo"
check "the link to /dev/null is still a link" "$(stat -c %F to-null)" "symbolic link"
check "the foreign file is unchanged" "$(cat foreign)" "a shopping list"
check "the other program's database is unchanged" "$(sql other.db 'SELECT x FROM t')" 1

# 2. A link to a corpus: the corpus it leads to is rebuilt, the link stays.
"$YIDU_IMPORT" -q -o real.db "$seeds" || no "import to real.db"
ln -s real.db link.db
echo "---
title: 连接测试文章
---
医保报销。" >"$d/one.md"
"$YIDU_IMPORT" -q -o link.db "$d/one.md"
check "through a link: exit status" $? 0
check "through a link: the link is still a link" "$(stat -c %F link.db)" "symbolic link"
check "through a link: the corpus it leads to was rebuilt" \
	"$(sql real.db "SELECT title FROM article")" "连接测试文章"

# 3. An import that yields no article never replaces a corpus.
cd "$d" || exit 99
"$YIDU_IMPORT" -q -o good.db "$seeds" || no "import to good.db"
cp good.db good.orig
mkdir emptydir notext
printf '\377\376\000\330' >notext/a.md
head -c 2000 /dev/urandom >notext/b.txt
for inp in emptydir notext; do
	"$YIDU_IMPORT" -q -o good.db "$inp" 2>err
	rc=$?
	if [ $rc = 1 ] && cmp -s good.db good.orig && grep -q "no article" err; then
		ok "no article from $inp: corpus kept, exit 1: $(tail -n 1 err)"
	else
		no "no article from $inp: exit $rc, corpus $(cmp -s good.db good.orig && echo kept || echo replaced)"
	fi
done
"$YIDU_IMPORT" -q -a -o good.db emptydir 2>err
check "--append of nothing: exit status" $? 1
cmp -s good.db good.orig && ok "--append of nothing: corpus kept" || no "--append of nothing changed the corpus"
"$YIDU_IMPORT" -q --allow-empty -o good.db emptydir 2>err
check "--allow-empty: exit status" $? 0
check "--allow-empty: an empty corpus written" "$(sql good.db 'SELECT count(*) FROM article')" 0

# 4. The lock: held by someone else, an import fails at once naming the
#    corpus; with --wait it waits and then writes.
cp good.orig locked.db
flock .locked.db.lock sleep 2 &
sleep 0.3
"$YIDU_IMPORT" -q -o locked.db "$seeds" 2>err
rc=$?
if [ $rc = 1 ] && grep -q "another import is writing locked.db" err && cmp -s locked.db good.orig; then
	ok "a locked output refused: $(cat err)"
else
	no "locked output: exit $rc: $(cat err)"
fi
t0=$(date +%s)
"$YIDU_IMPORT" -q --wait -o locked.db "$d/one.md" 2>err
rc=$?
t1=$(date +%s)
wait
check "--wait: exit status" $rc 0
[ $((t1 - t0)) -ge 1 ] && ok "--wait waited for the lock" || no "--wait did not wait ($((t1 - t0)) s)"
check "--wait: written" "$(sql locked.db 'SELECT count(*) FROM article')" 1

# 5. Concurrent --append imports (with --wait) keep both imports' articles;
#    without --wait, the second fails instead of losing articles.
mkdir a b
for i in 1 2 3 4 5 6 7 8; do
	printf -- '---\ntitle: 甲组第%d篇\n---\n职工医保门诊报销第%d条。\n' $i $i >a/a$i.md
	printf -- '---\ntitle: 乙组第%d篇\n---\n居民医保住院报销第%d条。\n' $i $i >b/b$i.md
done
base=$(sql good.orig 'SELECT count(*) FROM article')
for try in 1 2 3; do
	cp good.orig app.db
	"$YIDU_IMPORT" -q -w -a -o app.db a 2>erra & pa=$!
	"$YIDU_IMPORT" -q -w -a -o app.db b 2>errb & pb=$!
	wait $pa; ra=$?
	wait $pb; rb=$?
	check "concurrent --append try $try: exit statuses" "$ra $rb" "0 0"
	check "concurrent --append try $try: articles" "$(sql app.db 'SELECT count(*) FROM article')" $((base + 16))
done
cp good.orig app.db
"$YIDU_IMPORT" -q -a -o app.db a 2>erra & pa=$!
"$YIDU_IMPORT" -q -a -o app.db b 2>errb & pb=$!
wait $pa; ra=$?
wait $pb; rb=$?
n=$(sql app.db 'SELECT count(*) FROM article')
want=$base
[ $ra = 0 ] && want=$((want + 8))
[ $rb = 0 ] && want=$((want + 8))
check "concurrent --append without --wait: every import that said 0 kept its articles" "$n" "$want"
[ $ra = 0 ] || grep -q "another import is writing" erra || no "a failed import did not say why: $(cat erra)"
[ $rb = 0 ] || grep -q "another import is writing" errb || no "a failed import did not say why: $(cat errb)"

[ $fails = 0 ] || { echo "$fails check(s) failed"; exit 1; }
