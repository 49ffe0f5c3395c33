package app.skillpath.assessment;

import app.skillpath.SpringTest;
import app.skillpath.StatementCounter;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.catalog.EducationLevel;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

import static app.skillpath.account.TestAccounts.logIn;
import static app.skillpath.db.generated.Tables.SKILL;
import static app.skillpath.db.generated.Tables.SKILL_RATING;
import static app.skillpath.db.generated.Tables.SKILL_RATING_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringTest
class AssessmentServiceTest {

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    AssessmentRepository repository;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DSLContext dsl;

    private Account alice;
    private Account bob;

    @BeforeEach
    void createUsers() {
        alice = testAccounts.create("alice");
        bob = testAccounts.create("bob");
        logIn(alice);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_rating_is_saved_at_once_and_read_back_with_not_rated_distinct_from_zero() {
        assessmentService.rate("statistics", 3);
        assessmentService.rate("programming", 0);

        SelfAssessment mine = assessmentService.mine();
        assertThat(mine.level("statistics")).contains(3);
        assertThat(mine.level("programming")).contains(0);
        assertThat(mine.level("mathematics")).isEmpty();
        assertThat(mine.levels()).hasSize(2);
    }

    @Test
    void giving_the_same_rating_again_adds_no_history_entry_so_a_flood_of_one_answer_cannot_grow_it() {
        for (int i = 0; i < 5; i++) {
            assessmentService.rate("statistics", 2);
            assessmentService.rate("mathematics", null);
        }

        assertThat(assessmentService.myHistory()).extracting(RatingChange::skillKey, RatingChange::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("statistics", Optional.of(2)),
                        org.assertj.core.groups.Tuple.tuple("mathematics", Optional.empty()));
        assertThat(assessmentService.mine().level("statistics")).contains(2);
    }

    @Test
    void every_rating_change_is_appended_to_the_history_with_its_time() {
        assessmentService.rate("statistics", 1);
        assessmentService.rate("statistics", 2);
        assessmentService.rate("statistics", null);

        assertThat(assessmentService.myHistory()).extracting(RatingChange::skillKey, RatingChange::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("statistics", Optional.of(1)),
                        org.assertj.core.groups.Tuple.tuple("statistics", Optional.of(2)),
                        org.assertj.core.groups.Tuple.tuple("statistics", Optional.empty()));
        assertThat(assessmentService.mine().level("statistics")).isEmpty();
    }

    @Test
    void notes_education_and_tools_are_saved() {
        assessmentService.saveNote("programming", "  Built a recommender in Python for my thesis.  ");
        assessmentService.saveEducation(EducationLevel.MASTER, "statistics");
        assessmentService.setToolUsed("python", true);
        assessmentService.setToolUsed("r", true);
        assessmentService.setToolUsed("r", false);

        SelfAssessment mine = assessmentService.mine();
        assertThat(mine.note("programming")).contains("Built a recommender in Python for my thesis.");
        assertThat(mine.level("programming")).as("a note alone is not a rating").isEmpty();
        assertThat(mine.education()).isEqualTo(new EducationAnswer(Optional.of(EducationLevel.MASTER), Optional.of("statistics")));
        assertThat(mine.toolKeys()).containsExactly("python");

        assessmentService.saveEducation(EducationLevel.BACHELOR, EducationAnswer.OTHER_FIELD);
        assertThat(assessmentService.mine().education().fieldKey()).contains("other");
    }

    @Test
    void out_of_range_ratings_unknown_skills_and_long_notes_are_refused_and_store_nothing() {
        int ratings = dsl.fetchCount(SKILL_RATING);
        int history = dsl.fetchCount(SKILL_RATING_HISTORY);

        assertThatThrownBy(() -> assessmentService.rate("statistics", 5))
                .isInstanceOf(AssessmentException.class).hasMessage("A rating must be from 0 (none) to 4 (expert), not 5.");
        assertThatThrownBy(() -> assessmentService.rate("statistics", -1)).isInstanceOf(AssessmentException.class);
        assertThatThrownBy(() -> assessmentService.rate("juggling", 2))
                .isInstanceOf(AssessmentException.class).hasMessage("There is no skill called “juggling”.");
        assertThatThrownBy(() -> assessmentService.saveNote("statistics", "x".repeat(2001)))
                .isInstanceOf(AssessmentException.class).hasMessageContaining("at most 2000 characters; this one has 2001");
        assertThatThrownBy(() -> assessmentService.saveEducation(EducationLevel.MASTER, "alchemy"))
                .isInstanceOf(AssessmentException.class);
        assertThatThrownBy(() -> assessmentService.setToolUsed("abacus", true)).isInstanceOf(AssessmentException.class);

        assertThat(dsl.fetchCount(SKILL_RATING)).isEqualTo(ratings);
        assertThat(dsl.fetchCount(SKILL_RATING_HISTORY)).isEqualTo(history);
    }

    @Test
    void the_database_checks_levels_and_note_length_itself() {
        long skillId = dsl.select(SKILL.ID).from(SKILL).where(SKILL.KEY.eq("statistics")).fetchSingle(SKILL.ID);

        assertThatThrownBy(() -> dsl.insertInto(SKILL_RATING, SKILL_RATING.OWNER_ID, SKILL_RATING.SKILL_ID, SKILL_RATING.LEVEL)
                .values(alice.id(), skillId, 7).execute()).hasMessageContaining("skill_rating_level_check");
        assertThatThrownBy(() -> dsl.insertInto(SKILL_RATING, SKILL_RATING.OWNER_ID, SKILL_RATING.SKILL_ID, SKILL_RATING.NOTE)
                .values(alice.id(), skillId, "x".repeat(2001)).execute()).hasMessageContaining("skill_rating_note_check");
        assertThatThrownBy(() -> dsl.insertInto(SKILL_RATING_HISTORY, SKILL_RATING_HISTORY.OWNER_ID, SKILL_RATING_HISTORY.SKILL_ID,
                SKILL_RATING_HISTORY.LEVEL).values(alice.id(), skillId, -1).execute()).hasMessageContaining("skill_rating_history_level_check");
    }

    @Test
    void user_b_can_neither_read_nor_change_user_as_answers() {
        assessmentService.rate("statistics", 4);
        assessmentService.saveNote("statistics", "Alice's private note");
        assessmentService.saveEducation(EducationLevel.DOCTORATE, "mathematics");
        assessmentService.setToolUsed("python", true);
        SelfAssessment alicesBefore = assessmentService.mine();

        logIn(bob);
        assertThat(assessmentService.mine()).isEqualTo(SelfAssessment.empty());
        assertThat(assessmentService.myHistory()).isEmpty();
        assessmentService.rate("statistics", 1);
        assessmentService.saveNote("statistics", "Bob's note");
        assessmentService.saveEducation(EducationLevel.HIGH_SCHOOL, null);
        assessmentService.setToolUsed("python", false);

        logIn(alice);
        assertThat(assessmentService.mine()).isEqualTo(alicesBefore);
    }

    @Test
    void every_repository_method_run_as_b_touches_only_bs_rows() {
        assessmentService.rate("statistics", 4);
        assessmentService.saveNote("statistics", "mine");
        assessmentService.saveEducation(EducationLevel.MASTER, "statistics");
        assessmentService.setToolUsed("python", true);
        SelfAssessment alicesBefore = repository.load(alice.id());
        var alicesHistory = repository.history(alice.id());
        OffsetDateTime now = OffsetDateTime.now();

        repository.rate(bob.id(), "statistics", 0, now);
        repository.saveNote(bob.id(), "statistics", "other", now);
        repository.saveEducation(bob.id(), EducationLevel.NONE, null, now);
        repository.setToolUsed(bob.id(), "python", true);
        repository.setToolUsed(bob.id(), "python", false);

        assertThat(repository.load(alice.id())).isEqualTo(alicesBefore);
        assertThat(repository.history(alice.id())).isEqualTo(alicesHistory);
        assertThat(repository.load(bob.id()).toolKeys()).isEqualTo(Set.of());
        assertThat(repository.load(bob.id()).level("statistics")).contains(0);
    }

    @Test
    void saving_a_rating_takes_at_most_two_statements() {
        StatementCounter.reset();
        assessmentService.rate("statistics", 2);
        assertThat(StatementCounter.count()).isLessThanOrEqualTo(2);

        StatementCounter.reset();
        assessmentService.mine();
        assertThat(StatementCounter.count()).isEqualTo(1);
    }

}
