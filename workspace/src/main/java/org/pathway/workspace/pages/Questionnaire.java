package org.pathway.workspace.pages;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The three questionnaires as the forms ask them: how many items, the answer scale, and what each item is called on
 * the form. The statements of SWEMWBS and RCADS-25 are licensed (read them from the licensed form); ONS4's questions
 * are the Office for National Statistics' published wording.
 */
public enum Questionnaire {
    SWEMWBS("SWEMWBS", "Short Warwick-Edinburgh Mental Wellbeing Scale", 7,
            List.of("None of the time", "Rarely", "Some of the time", "Often", "All of the time"), 1, List.of()),
    RCADS25("RCADS-25", "Revised Child Anxiety and Depression Scale (25 items)", 25,
            List.of("Never", "Sometimes", "Often", "Always"), 0, List.of()),
    ONS4("ONS4", "ONS personal well-being (4 questions)", 4,
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), 0,
            List.of("Overall, how satisfied are you with your life nowadays?",
                    "Overall, to what extent do you feel that the things you do in your life are worthwhile?",
                    "Overall, how happy did you feel yesterday?",
                    "On a scale where 0 is not at all anxious and 10 is completely anxious, overall, how anxious did you feel yesterday?"));

    public final String label;
    public final String title;
    public final int itemCount;
    public final List<String> scale;
    public final int lowestScore;
    private final List<String> questions;

    Questionnaire(String label, String title, int itemCount, List<String> scale, int lowestScore, List<String> questions) {
        this.label = label;
        this.title = title;
        this.itemCount = itemCount;
        this.scale = scale;
        this.lowestScore = lowestScore;
        this.questions = questions;
    }

    /** The form's items, each with its number, its question and the scores it can be given. */
    public List<Item> getItems() {
        return IntStream.range(0, itemCount)
                .mapToObj(i -> new Item(i, i < questions.size() ? questions.get(i)
                        : (this == SWEMWBS ? "Statement " : "Item ") + (i + 1), answers()))
                .toList();
    }

    private List<Answer> answers() {
        return IntStream.range(0, scale.size()).mapToObj(i -> new Answer(lowestScore + i, scale.get(i))).toList();
    }

    /** The instrument of a path segment ({@code swemwbs}, {@code rcads25}, {@code ons4}). */
    public static Optional<Questionnaire> of(String name) {
        for (Questionnaire questionnaire : values()) {
            if (questionnaire.name().equalsIgnoreCase(name)) {
                return Optional.of(questionnaire);
            }
        }
        return Optional.empty();
    }

    public String getPath() {
        return name().toLowerCase();
    }

    public record Item(int index, String question, List<Answer> answers) {
        public int getNumber() {
            return index + 1;
        }

        /** The form field of the item: {@code item0}, {@code item1}, ... */
        public String getField() {
            return "item" + index;
        }
    }

    public record Answer(int score, String label) {
        public String getValue() {
            return String.valueOf(score);
        }
    }
}
