package app.skillpath.review.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.Notifications;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.review.ReviewException;
import app.skillpath.review.ReviewForm;
import app.skillpath.review.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A review as its reviewer answers it: per skill a level on the anchored 0-4 scale or "Can't judge", and an optional
 * comment, each saved the moment it is given; then submit once, or decline. Whoever is not this review's reviewer
 * while it is open (a stranger, the owner, the reviewer after submitting) gets the plain refusal and nothing else.
 */
@Route(value = ReviewForm.ROUTE_PREFIX + ":" + ReviewFormView.REVIEW_ID, layout = MainLayout.class)
@PageTitle("Your review" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class ReviewFormView extends Main implements BeforeEnterObserver {

    static final String REVIEW_ID = "reviewId";

    /** The value of "Can't judge" in a question's radio group, beside the levels 0-4. */
    static final int CANNOT_JUDGE = -1;

    private final ReviewService reviewService;
    private long reviewId;
    private HtmlBlock submitError;

    public ReviewFormView(ReviewService reviewService) {
        this.reviewService = reviewService;
        addClassNames("page", "review-form");
    }

    /** The address of a review's answering page, relative to the app's root. */
    static String path(long reviewId) {
        return ReviewForm.path(reviewId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get(REVIEW_ID).filter(value -> value.matches("\\d{1,18}"))
                .map(Long::parseLong);
        if (id.isEmpty()) {
            refusal(ReviewService.NOT_OPEN_TO_YOU);
            return;
        }
        reviewId = id.get();
        try {
            render(reviewService.form(reviewId));
        } catch (ReviewException e) {
            refusal(e.getMessage());
        }
    }

    private void render(ReviewForm form) {
        removeAll();
        add(HtmlBlock.of(root -> {
            root.appendElement("h1").id("review-form-title").text(form.ownerName() + " asks for your second opinion");
            root.appendElement("p").addClass("lead").text("On " + form.scope() + ". For each skill, choose the "
                    + "sentence that describes " + form.ownerName() + " best, or “Can't judge” if you have not seen "
                    + "them use it. A comment is optional. Every answer is saved as soon as you give it; "
                    + form.ownerName() + " sees them only once you submit.");
            if (!form.sharesNotes()) {
                root.appendElement("p").addClass("fine-print").text(form.ownerName() + " chose not to share their "
                        + "evidence notes.");
            }
        }));
        form.questions().forEach(question -> add(question(question)));
        submitError = HtmlBlock.of(root -> {
        });
        submitError.setId("review-submit-error");
        Button submit = new Button("Submit review", event -> confirmSubmit());
        submit.setId("review-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button("Decline", event -> confirmDecline());
        decline.setId("review-decline");
        Div actions = new Div(submit, decline);
        actions.addClassName("actions");
        add(submitError, actions);
    }

    private Section question(ReviewForm.Question question) {
        String key = question.skillKey();
        Section section = new Section();
        section.setId("question-" + key);
        section.addClassNames("card", "review-question");
        section.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text(question.skillName());
            if (!question.description().isBlank()) {
                root.appendElement("p").addClass("review-description").text(question.description());
            }
            question.ownerNote().filter(note -> !note.isBlank()).ifPresent(note -> {
                Element box = root.appendElement("div").addClass("review-owner-note");
                box.appendElement("span").addClass("field-label").text("Their evidence");
                box.appendElement("p").text(note);
            });
        }));

        Span saved = new Span();
        saved.setId("saved-" + key);
        saved.addClassName("review-saved");
        saved.getElement().setAttribute("aria-live", "polite");

        RadioButtonGroup<Integer> level = new RadioButtonGroup<>("Their level");
        level.setId("answer-" + key);
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        List<Integer> values = new ArrayList<>();
        for (ProficiencyLevel proficiency : ProficiencyLevel.values()) {
            values.add(proficiency.value());
        }
        values.add(CANNOT_JUDGE);
        level.setItems(values);
        level.setItemLabelGenerator(ReviewFormView::levelLabel);
        level.setValue(question.cannotJudge() ? Integer.valueOf(CANNOT_JUDGE) : question.level().orElse(null));
        level.addValueChangeListener(event -> {
            Integer value = event.getValue();
            act(() -> {
                reviewService.answer(reviewId, key, value == null || value == CANNOT_JUDGE ? null : value,
                        value != null && value == CANNOT_JUDGE);
                saved.setText("Saved");
            });
        });

        TextArea comment = new TextArea("Comment (optional)");
        comment.setId("comment-" + key);
        comment.setMaxLength(ReviewService.COMMENT_MAX_LENGTH);
        comment.setValue(question.comment().orElse(""));
        comment.setHelperText(counter(comment.getValue()));
        // the count follows the typing in the browser; the server saves (and counts again) when the field changes
        comment.getElement().executeJs("this.addEventListener('input', () => this.helperText = this.value.length + $0)",
                COUNTER_SUFFIX);
        comment.addValueChangeListener(event -> {
            comment.setHelperText(counter(event.getValue()));
            act(() -> {
                reviewService.comment(reviewId, key, event.getValue());
                comment.setInvalid(false);
                saved.setText("Comment saved");
            }, e -> {
                comment.setErrorMessage(e.getMessage());
                comment.setInvalid(true);
            });
        });
        section.add(level, comment, saved);
        return section;
    }

    static String levelLabel(Integer value) {
        if (value == null) {
            return "";
        }
        if (value == CANNOT_JUDGE) {
            return "Can't judge: I have not seen them use it";
        }
        ProficiencyLevel level = ProficiencyLevel.of(value);
        return level.display() + ": " + level.description();
    }

    private static final String COUNTER_SUFFIX = " of " + ReviewService.COMMENT_MAX_LENGTH + " characters";

    private static String counter(String text) {
        return (text == null ? 0 : text.length()) + COUNTER_SUFFIX;
    }

    private void act(Runnable action) {
        act(action, e -> Notifications.error(e.getMessage()));
    }

    /** Runs a change; a review closed meanwhile (withdrawn, declined elsewhere) turns the page into the refusal. */
    private void act(Runnable action, java.util.function.Consumer<ReviewException> otherRefusal) {
        try {
            action.run();
        } catch (ReviewException e) {
            if (ReviewService.NOT_OPEN_TO_YOU.equals(e.getMessage())) {
                refusal(e.getMessage());
                Notifications.error(e.getMessage());
            } else {
                otherRefusal.accept(e);
            }
        }
    }

    private void confirmSubmit() {
        ConfirmDialog dialog = new ConfirmDialog("Submit your review?",
                "You cannot change it afterwards, and it leaves your list of open reviews.",
                "Submit review", event -> submit());
        dialog.setCancelable(true);
        dialog.setCancelText("Keep answering");
        dialog.setId("confirm-submit");
        dialog.open();
    }

    private void submit() {
        act(() -> {
            reviewService.submit(reviewId);
            removeAll();
            add(HtmlBlock.of(root -> {
                root.appendElement("h1").text("Thank you");
                root.appendElement("p").id("review-thanks").addClass("lead").text("Your review was submitted. The "
                        + "person who asked can now compare your answers with their own.");
                Markup.link(root.appendElement("p"), ReviewsView.ROUTE, "Back to your reviews").addClass("button-link");
            }));
            Notifications.saved("Your review was submitted.");
        }, e -> {
            submitError.setContent(SafeHtml.build(root -> root.appendElement("p")
                    .addClass("callout").attr("role", "alert").text(e.getMessage())));
            Notifications.error(e.getMessage());
        });
    }

    private void confirmDecline() {
        ConfirmDialog dialog = new ConfirmDialog("Decline this review?",
                "The person who asked sees that you declined, and your answers so far are not shown to them.",
                "Decline", event -> decline());
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep answering");
        dialog.setId("confirm-review-decline");
        dialog.open();
    }

    private void decline() {
        act(() -> {
            reviewService.decline(reviewId);
            removeAll();
            add(HtmlBlock.of(root -> {
                root.appendElement("h1").text("Declined");
                root.appendElement("p").id("review-declined").text("You declined this review. The person who asked "
                        + "sees that you declined.");
                Markup.link(root.appendElement("p"), ReviewsView.ROUTE, "Back to your reviews").addClass("button-link");
            }));
            Notifications.saved("You declined the review.");
        });
    }

    private void refusal(String message) {
        removeAll();
        add(HtmlBlock.of(root -> {
            root.appendElement("h1").text("Your review");
            root.appendElement("p").id("review-refusal").addClass("callout").text(message);
            Markup.link(root.appendElement("p"), ReviewsView.ROUTE, "Your reviews");
        }));
    }
}
