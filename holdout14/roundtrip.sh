#!/bin/sh
# Post-step after generate.py (dev machine only; outputs are committed): LibreOffice round trip of half of
# the .docx (replaced in place, committed as produced), then PDFs of 6 files. Not byte-stable.
set -e
cd "$(dirname "$0")"
TMP=$(mktemp -d)
for s in h01-dpmptsp-kendari-keputusan h03-dukcapil-palu-buku h05-samsat-mataram-bbn \
         h07-dishub-banjarmasin-perkadis h09-disnaker-pekanbaru-ak1 h11-surat-edaran-sulbar; do
  soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$TMP" "$s.docx" >/dev/null
  cp "$TMP/$s.docx" "$s.docx"
done
for s in h01-dpmptsp-kendari-keputusan h02-rsud-ambon-rawat-jalan-ab h03-dukcapil-palu-buku \
         h04-puskesmas-sentani-kia-sop h06-kecamatan-singkawang-barat-bab h08-kelurahan-oebufu-web \
         h10-spm-pendidikan-gorontalo; do
  soffice --headless --convert-to pdf --outdir . "$s.docx" >/dev/null
done
rm -rf "$TMP"
