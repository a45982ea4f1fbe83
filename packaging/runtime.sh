#!/bin/sh
# Links the Java runtime that the app image ships (jpackage --runtime-image), with only the modules the app needs.
# Which JDK links it: $STORYCOMPARE_RUNTIME_JDK if set; else the newest JDK 25 or later found in /usr/lib/jvm
# (its AOT cache starts the app about 0.4 s sooner than JDK 17's class-data sharing, docs/benchmarks.md);
# else the JDK given as the second argument (the one running Maven). The app's classes target Java 17, so
# any of them runs it.
# Usage: runtime.sh OUTPUT_DIR FALLBACK_JDK_HOME
set -eu
out="$1"
fallback="$2"

major() { # the feature version of the JDK at $1, from its release file; 0 when unknown
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
    echo "${v:-0}"
}

jdk="${STORYCOMPARE_RUNTIME_JDK:-}"
if [ -z "$jdk" ]; then
    best=0
    for candidate in /usr/lib/jvm/*; do
        [ -x "$candidate/bin/jlink" ] || continue
        m=$(major "$candidate")
        if [ "$m" -ge 25 ] && [ "$m" -gt "$best" ]; then
            best="$m"
            jdk="$candidate"
        fi
    done
fi
if [ -z "$jdk" ]; then
    # java.home of a JDK 8 layout ends in /jre; from 9 on it is the JDK itself
    jdk="$fallback"
fi
if [ ! -x "$jdk/bin/jlink" ]; then
    echo "runtime: no jlink in $jdk" >&2
    exit 1
fi
echo "runtime: linking the app's Java runtime with $jdk (Java $(major "$jdk"))"
rm -rf "$out"
# java.sql: Jackson's optional date support; java.net.http and jdk.jfr: referenced by libraries, never used;
# jdk.unsupported: sun.misc.Unsafe (JavaFX, RichTextFX); jdk.management: process CPU in the timing output;
# jdk.charsets, jdk.localedata, jdk.zipfs: articles in any charset, dates in any locale, .docx reading.
# --generate-cds-archive writes the runtime's base CDS archive, which the app's archive or AOT cache builds on.
"$jdk/bin/jlink" \
    --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.sql,java.xml,jdk.charsets,jdk.jfr,jdk.localedata,jdk.management,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs \
    --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
    --output "$out"
