package org.pathway.matching.directory;

import org.jsoup.Jsoup;

/**
 * Turns directory HTML ("&lt;p&gt;Fun &amp;amp; games&lt;/p&gt;") into one line of plain text,
 * through an HTML parser: attribute values may hold {@code >} and entities are HTML's whole set.
 * Not a sanitiser for rendering: the output is treated as text everywhere downstream.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String toPlain(String html) {
        if (html == null) {
            return "";
        }
        String text = Jsoup.parseBodyFragment(html).body().text();
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }
}
