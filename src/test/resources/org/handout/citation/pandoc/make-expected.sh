#!/bin/sh
# Makes the expected files of PandocComparisonTest: each document rendered by Pandoc's citeproc with each
# style, as HTML. The styles are the files of org.citationstyles:styles 24.3, the same the renderer bundles.
# Run from this folder; the test itself never runs Pandoc.
set -eu
jar=${STYLES_JAR:-$HOME/.m2/repository/org/citationstyles/styles/24.3/styles-24.3.jar}
styles="american-medical-association vancouver apa chicago-author-date ieee"
csl=$(mktemp -d)
trap 'rm -rf "$csl"' EXIT
for style in $styles; do
    unzip -q -o "$jar" "$style.csl" -d "$csl"
done
for doc in *.md; do
    [ "$doc" = README.md ] && continue
    for style in $styles; do
        pandoc "$doc" --citeproc --csl "$csl/$style.csl" -t html --wrap=none -o "expected/${doc%.md}.$style.html"
    done
done
pandoc --version | head -2 > expected/pandoc-version.txt
# The BibTeX file as Pandoc reads it (a .bib file is BibLaTeX to Pandoc), for BibTeXTest.
pandoc refs.bib -f biblatex -t csljson -o expected/refs.bib.csl.json
