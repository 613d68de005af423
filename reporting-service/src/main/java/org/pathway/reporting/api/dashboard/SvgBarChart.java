package org.pathway.reporting.api.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG: no script, no stylesheet from elsewhere, readable without
 * colour (every bar has its figure written next to it). A withheld figure is drawn as an outlined
 * placeholder marked "withheld (1–4)", so a reader never mistakes it for zero.
 */
final class SvgBarChart {

    static final String WITHHELD = "withheld (1\u20134)";

    private static final int WIDTH = 560;
    private static final int LABEL_WIDTH = 150;
    private static final int CAPTION_WIDTH = 110;
    private static final int ROW_HEIGHT = 26;
    private static final int BAR_HEIGHT = 18;
    private static final int TOP = 8;

    private SvgBarChart() {
    }

    static String render(String title, List<Bar> bars) {
        double max = bars.stream().filter(bar -> bar.value() != null).mapToDouble(Bar::value).max().orElse(0);
        int height = TOP * 2 + ROW_HEIGHT * Math.max(1, bars.size());
        int plotWidth = WIDTH - LABEL_WIDTH - CAPTION_WIDTH;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">")
                .append("<title>").append(Html.escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * ROW_HEIGHT;
            int textY = y + BAR_HEIGHT - 4;
            svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(textY)
                    .append("\" text-anchor=\"end\">").append(Html.escape(bar.label())).append("</text>");
            if (bar.suppressed()) {
                svg.append("<rect class=\"withheld\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                        .append("\" width=\"24\" height=\"").append(BAR_HEIGHT).append("\"/>")
                        .append("<text class=\"caption\" x=\"").append(LABEL_WIDTH + 30).append("\" y=\"").append(textY)
                        .append("\">").append(WITHHELD).append("</text>");
                continue;
            }
            double share = bar.value() == null || max <= 0 ? 0 : bar.value() / max;
            int length = (int) Math.round(share * plotWidth);
            svg.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                    .append("\" width=\"").append(length).append("\" height=\"").append(BAR_HEIGHT).append("\"/>")
                    .append("<text class=\"caption\" x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"")
                    .append(textY).append("\">").append(Html.escape(bar.caption())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** A count or a number of days: whole numbers without decimals, others with one. */
    static String number(Double value) {
        if (value == null) {
            return "\u2013";
        }
        if (value == Math.rint(value)) {
            return String.format(Locale.UK, "%,d", value.longValue());
        }
        return String.format(Locale.UK, "%,.1f", value);
    }

    /** Integer pence as pounds. */
    static String pounds(Long pence) {
        if (pence == null) {
            return "\u2013";
        }
        return String.format(Locale.UK, "\u00a3%,.2f", pence / 100.0);
    }
}
