package org.pathway.reporting.api.dashboard;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A horizontal bar chart, laid out for inline SVG ({@code templates/tags/card.html} draws it): no script, no
 * stylesheet from elsewhere, readable without colour (every bar has its figure written next to it). A
 * withheld figure is drawn as an outlined placeholder marked "withheld (1–4)", so a reader never mistakes
 * it for zero.
 *
 * @param labelX where the bars' labels end
 * @param plotX where the bars start
 */
@TemplateData
public record BarChart(String title, int width, int height, int labelX, int plotX, int barHeight, List<DrawnBar> bars) {

    static final String WITHHELD = "withheld (1\u20134)";

    private static final int WIDTH = 560;
    private static final int LABEL_WIDTH = 150;
    private static final int CAPTION_WIDTH = 110;
    private static final int ROW_HEIGHT = 26;
    private static final int BAR_HEIGHT = 18;
    private static final int TOP = 8;
    private static final int WITHHELD_WIDTH = 24;

    static BarChart of(String title, List<Bar> bars) {
        double max = bars.stream().filter(bar -> bar.value() != null).mapToDouble(Bar::value).max().orElse(0);
        int plotWidth = WIDTH - LABEL_WIDTH - CAPTION_WIDTH;
        List<DrawnBar> drawn = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * ROW_HEIGHT;
            int textY = y + BAR_HEIGHT - 4;
            if (bar.suppressed()) {
                drawn.add(new DrawnBar(bar.label(), "withheld", y, textY, WITHHELD_WIDTH, LABEL_WIDTH + 30, WITHHELD));
                continue;
            }
            double share = bar.value() == null || max <= 0 ? 0 : bar.value() / max;
            int length = (int) Math.round(share * plotWidth);
            drawn.add(new DrawnBar(bar.label(), "bar", y, textY, length, LABEL_WIDTH + length + 6, bar.caption()));
        }
        return new BarChart(title, WIDTH, TOP * 2 + ROW_HEIGHT * Math.max(1, bars.size()), LABEL_WIDTH - 8, LABEL_WIDTH,
                BAR_HEIGHT, drawn);
    }

    /**
     * One bar as drawn.
     *
     * @param style {@code bar}, or {@code withheld} for the placeholder of a withheld figure
     * @param textY the baseline of the bar's label and caption
     * @param caption the figure written next to the bar, or that it is withheld
     */
    @TemplateData
    public record DrawnBar(String label, String style, int y, int textY, int length, int captionX, String caption) {
    }
}
