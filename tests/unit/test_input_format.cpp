// Tests for text/input_format: formats told by content, the name helping
// only an HTML fragment.
#include <doctest/doctest.h>

#include "text/input_format.h"

using readoutdiff::text::InputFormat;
using readoutdiff::text::sniff_format;

TEST_CASE("sniff_format tells HTML by its doctype or <html>, whatever the name") {
    CHECK(sniff_format("<!DOCTYPE html><html>", "us.txt") == InputFormat::html);
    CHECK(sniff_format("\xEF\xBB\xBF\n  <!doctype HTML>", "us") == InputFormat::html);
    CHECK(sniff_format("<HTML lang=en>", "us.txt") == InputFormat::html);
    CHECK(sniff_format("<!-- saved from url -->\n<html>", "us.txt") == InputFormat::html);
}

TEST_CASE("sniff_format takes a fragment starting with a tag as HTML only under an HTML name") {
    CHECK(sniff_format("<p>Readout</p>", "readout.html") == InputFormat::html);
    CHECK(sniff_format("<p>Readout</p>", "readout.txt") == InputFormat::text);
    CHECK(sniff_format("Readout of the meeting", "readout.html") == InputFormat::text);
}

TEST_CASE("sniff_format tells a PDF by its magic bytes") {
    CHECK(sniff_format("%PDF-1.7\n%\xE2\xE3", "readout.txt") == InputFormat::pdf);
    CHECK(sniff_format("Readout about %PDF-", "readout.pdf") == InputFormat::text);
}
