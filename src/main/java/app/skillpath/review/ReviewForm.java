package app.skillpath.review;

import java.util.List;
import java.util.Optional;

/**
 * A review as its reviewer answers it: the owner's name, the skills with their descriptions and (only when the owner
 * shares them) the owner's evidence notes, and the reviewer's answers so far. Never the owner's own levels.
 */
public record ReviewForm(long reviewId, String ownerName, String scope, boolean sharesNotes, List<Question> questions) {

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
