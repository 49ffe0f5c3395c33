package app.skillpath.review;

import java.util.List;
import java.util.Optional;

/**
 * A review as its reviewer answers it: the owner's name, the skills with their descriptions and (only when the owner
 * shares them) the owner's evidence notes, and the reviewer's answers so far. Never the owner's own levels.
 */
public record ReviewForm(long reviewId, String ownerName, String scope, boolean sharesNotes, List<Question> questions) {

    /** The answering page's route starts with this; kept here so code outside the UI (an accepted link) can name it. */
    public static final String ROUTE_PREFIX = "review/";

    /** The address of a review's answering page, relative to the app's root. */
    public static String path(long reviewId) {
        return ROUTE_PREFIX + reviewId;
    }

    public ReviewForm {
        questions = List.copyOf(questions);
    }

    public long unanswered() {
        return questions.stream().filter(question -> !question.answered()).count();
    }

    public record Question(String skillKey, String skillName, String description, Optional<String> ownerNote,
                           Optional<Integer> level, boolean cannotJudge, Optional<String> comment) {
        public boolean answered() {
            return level.isPresent() || cannotJudge;
        }
    }
}
