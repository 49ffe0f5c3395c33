package app.skillpath.review.ui;

import app.skillpath.account.CurrentUser;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.invitation.ui.LinkShownOnce;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.Notifications;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Skill;
import app.skillpath.plan.ui.PlanFormat;
import app.skillpath.review.CheckIn;
import app.skillpath.review.Invitation;
import app.skillpath.review.ReviewException;
import app.skillpath.review.ReviewScope;
import app.skillpath.review.ReviewService;
import app.skillpath.review.ReviewStatus;
import app.skillpath.review.ReviewSummary;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Second opinions: ask someone for one by a link shown once, follow the reviews asked for (withdraw an open one,
 * compare a submitted one), answer or decline the reviews asked of you, and download check-ins. What is only read is
 * markup; the form's fields and the buttons that change something are the components.
 */
@Menu(order = 4.5, title = "Reviews", icon = "vaadin:users")
@Route(value = ReviewsView.ROUTE, layout = MainLayout.class)
@PageTitle("Reviews" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class ReviewsView extends Main {

    static final String ROUTE = "reviews";
    /** The check-ins listed until the visitor asks for all. */
    static final int CHECK_INS_SHOWN = 20;

    private final ReviewService reviewService;
    private final Clock clock;
    private final ZoneId zone;

    private final Select<ScopeChoice> scope = new Select<>();
    private final MultiSelectComboBox<Skill> picked = new MultiSelectComboBox<>("Skills to review");
    private final Checkbox sharesNotes = new Checkbox("Let the reviewer see my evidence notes");
    private final Div linkSlot = new Div();
    private final Section requests = new Section();
    private final Section askedOfMe = new Section();
    private final Section checkIns = new Section();
    /** Whether the visitor asked for every check-in rather than the newest {@value #CHECK_INS_SHOWN}. */
    private boolean allCheckInsShown;

    /** A choice of the skills to review: a ready scope, or none for "pick by hand". */
    record ScopeChoice(String label, ReviewScope scope) {
        boolean byHand() {
            return scope == null;
        }
    }

    public ReviewsView(ReviewService reviewService, CatalogService catalogService, TargetService targetService,
                       CurrentUser currentUser, Clock clock) {
        this.reviewService = reviewService;
        this.clock = clock;
        this.zone = currentUser.zone();
        addClassNames("page", "reviews");

        add(HtmlBlock.of(root -> {
            root.appendElement("h1").text("Reviews");
            root.appendElement("p").addClass("lead").text("Ratings you give yourself are one view. Ask a colleague, a "
                    + "mentor or a manager to rate the same skills, blind, and compare their answers with yours.");
        }), askSection(catalogService, targetService), requests, askedOfMe, checkIns);
        requests.setId("reviews-requested");
        requests.addClassNames("article-section", "review-requests");
        askedOfMe.setId("reviews-asked-of-me");
        askedOfMe.addClassNames("article-section", "review-requests");
        checkIns.setId("check-ins");
        checkIns.addClassNames("article-section", "review-check-ins");
        renderLists();
    }

    // ---- asking ----

    private Section askSection(CatalogService catalogService, TargetService targetService) {
        List<ScopeChoice> choices = new ArrayList<>();
        choices.add(new ScopeChoice("All skills", new ReviewScope.AllSkills()));
        catalogService.roles().forEach(role -> choices.add(new ScopeChoice(role.title(),
                new ReviewScope.OfRoleOrTarget(role.key()))));
        targetService.mine().targets().forEach(target -> choices.add(new ScopeChoice("Target: " + target.title(),
                new ReviewScope.OfRoleOrTarget(target.key()))));
        ScopeChoice byHand = new ScopeChoice("Pick skills by hand", null);
        choices.add(byHand);

        scope.setId("review-scope");
        scope.setLabel("Skills to ask about");
        scope.setItems(choices);
        scope.setItemLabelGenerator(choice -> choice == null ? "" : choice.label());
        scope.setValue(choices.getFirst());
        scope.addValueChangeListener(event -> picked.setVisible(event.getValue() != null && event.getValue().byHand()));

        picked.setId("review-skills");
        picked.setItems(catalogService.catalog().skills().stream()
                .filter(skill -> catalogService.catalog().skillsByKey().containsKey(skill.key()))
                .sorted(Comparator.comparing(Skill::name, String.CASE_INSENSITIVE_ORDER)).toList());
        picked.setItemLabelGenerator(Skill::name);
        picked.setVisible(false);

        sharesNotes.setId("review-shares-notes");
        Button create = new Button("Create invitation link", event -> invite());
        create.setId("review-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Section section = new Section();
        section.setId("review-ask");
        section.addClassNames("article-section", "review-ask");
        Div fields = new Div(scope, picked);
        fields.addClassNames("field-row", "review-fields");
        Div actions = new Div(create);
        actions.addClassName("actions");
        section.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Ask for a second opinion");
            root.appendElement("p").text("You get a link to send to your reviewer yourself: Skillpath sends no e-mail. "
                    + "The link works once, for one person, and lasts " + ReviewService.LINK_LIFETIME.toDays() + " days.");
            Element sees = root.appendElement("ul").addClass("review-sees");
            sees.appendElement("li").text("The reviewer sees your display name, the skills you choose with their "
                    + "descriptions and the 0-4 scale, and your evidence notes only if you tick the box below.");
            sees.appendElement("li").text("They never see your own levels, your fit, your plans, your history or "
                    + "other reviews: they answer blind.");
        }), fields, sharesNotes, actions, linkSlot);
        return section;
    }

    private void invite() {
        ScopeChoice choice = scope.getValue();
        ReviewScope chosen = choice == null ? null : choice.byHand()
                ? new ReviewScope.Picked(picked.getSelectedItems().stream().map(Skill::key).toList())
                : choice.scope();
        linkSlot.removeAll();
        try {
            Invitation invitation = reviewService.invite(chosen, sharesNotes.getValue());
            linkSlot.add(linkPanel(invitation));
            Notifications.saved("Your invitation link is ready. Copy it now.");
        } catch (ReviewException e) {
            linkSlot.add(HtmlBlock.of(root -> root.appendElement("p").id("review-ask-error").addClass("callout")
                    .attr("role", "alert").text(e.getMessage())));
            Notifications.error(e.getMessage());
        }
        renderRequests();
    }

    private Div linkPanel(Invitation invitation) {
        return LinkShownOnce.panel(invitation.path(), "review-link", "Copy this link now and send it to your reviewer. "
                + "Skillpath keeps only a fingerprint of it, so it cannot show it again; if you lose it, withdraw this "
                + "review and ask again.", "review-link");
    }

    // ---- the lists ----

    private void renderLists() {
        renderRequests();
        renderAskedOfMe();
        renderCheckIns();
    }

    private void renderRequests() {
        requests.removeAll();
        Instant now = clock.instant();
        List<ReviewSummary> mine = reviewService.myRequests();
        List<ReviewSummary> open = mine.stream().filter(review -> review.status(now).isOpen()).toList();
        List<ReviewSummary> closed = mine.stream().filter(review -> !review.status(now).isOpen()).toList();
        requests.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Reviews you asked for");
            if (mine.isEmpty()) {
                root.appendElement("p").id("reviews-requested-empty").text("None yet.");
            }
        }));
        // an open review carries a button; the closed ones are only read, so they are one block of markup
        open.forEach(review -> {
            Button withdraw = new Button("Withdraw", event -> confirmWithdraw(review.id()));
            withdraw.setId("withdraw-" + review.id());
            Div card = new Div(HtmlBlock.of(root -> requestItem(root.appendElement("div").id("request-" + review.id()),
                    review, now)), withdraw);
            card.addClassNames("card", "review-card");
            requests.add(card);
        });
        if (!closed.isEmpty()) {
            requests.add(HtmlBlock.of(root -> {
                Element list = root.appendElement("ul").addClass("review-list");
                closed.forEach(review -> {
                    Element item = list.appendElement("li").id("request-" + review.id()).addClass("card").addClass("review-card");
                    requestItem(item, review, now);
                    if (review.status(now) == ReviewStatus.SUBMITTED) {
                        Markup.link(item.appendElement("div").addClass("actions"), ROUTE + "/" + review.id(), "Compare")
                                .id("compare-" + review.id()).addClass("button-link");
                    }
                });
            }));
        }
    }

    private void requestItem(Element parent, ReviewSummary review, Instant now) {
        parent.appendElement("h3").text(review.scope());
        Element facts = parent.appendElement("p").addClass("review-facts");
        facts.appendText(count(review.skillCount(), "skill") + (review.sharesNotes() ? ", your notes shared" : "") + " · ");
        Markup.badge(facts, review.status(now).label()).addClass("review-status");
        parent.appendElement("p").addClass("review-reviewer").text("Reviewer: " + review.reviewerLabel(now));
        parent.appendElement("p").addClass("fine-print").text(dates(review, now));
    }

    private String dates(ReviewSummary review, Instant now) {
        String text = "Asked on " + date(review.createdAt());
        if (review.closedAt().isPresent()) {
            return text + "; closed on " + date(review.closedAt().get()) + ".";
        }
        if (review.status(now) != ReviewStatus.WAITING_FOR_REVIEWER && review.status(now) != ReviewStatus.EXPIRED) {
            // a reviewer took the link: its expiry no longer matters
            return text + ".";
        }
        return text + (review.expiresAt().isAfter(now) ? "; the link expires on " : "; the link expired on ")
                + date(review.expiresAt()) + ".";
    }

    private void confirmWithdraw(long reviewId) {
        ConfirmDialog dialog = new ConfirmDialog("Withdraw this review?",
                "Its link stops working at once, and a reviewer who is answering it loses access. This cannot be undone.",
                "Withdraw", event -> withdraw(reviewId));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.setId("confirm-withdraw");
        dialog.open();
    }

    private void withdraw(long reviewId) {
        try {
            reviewService.withdraw(reviewId);
            Notifications.saved("The review was withdrawn. Its link no longer works.");
        } catch (ReviewException e) {
            Notifications.error(e.getMessage());
        }
        renderRequests();
    }

    private void renderAskedOfMe() {
        askedOfMe.removeAll();
        Instant now = clock.instant();
        List<ReviewSummary> asked = reviewService.askedOfMe();
        List<ReviewSummary> answering = asked.stream().filter(review -> review.status(now) == ReviewStatus.IN_PROGRESS).toList();
        List<ReviewSummary> done = asked.stream().filter(review -> review.status(now) != ReviewStatus.IN_PROGRESS).toList();
        askedOfMe.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Reviews asked of you");
            if (asked.isEmpty()) {
                root.appendElement("p").id("reviews-asked-empty").text("None: when someone sends you an invitation "
                        + "link and you accept it, the review is listed here.");
            }
        }));
        answering.forEach(review -> {
            Button decline = new Button("Decline", event -> confirmDecline(review.id()));
            decline.setId("decline-" + review.id());
            Div card = new Div(HtmlBlock.of(root -> {
                Element item = root.appendElement("div").id("asked-" + review.id());
                askedItem(item, review, now);
                Markup.link(item.appendElement("div").addClass("actions"), ReviewFormView.path(review.id()), "Answer")
                        .id("answer-" + review.id()).addClass("button-link").addClass("primary");
            }), decline);
            card.addClassNames("card", "review-card");
            askedOfMe.add(card);
        });
        if (!done.isEmpty()) {
            askedOfMe.add(HtmlBlock.of(root -> {
                Element list = root.appendElement("ul").addClass("review-list");
                done.forEach(review -> askedItem(list.appendElement("li").id("asked-" + review.id())
                        .addClass("card").addClass("review-card"), review, now));
            }));
        }
    }

    private void askedItem(Element parent, ReviewSummary review, Instant now) {
        parent.appendElement("h3").text(review.otherParty().orElse("A former user") + " asks for your opinion");
        Element facts = parent.appendElement("p").addClass("review-facts");
        facts.appendText(review.scope() + ", " + count(review.skillCount(), "skill") + " · ");
        Markup.badge(facts, reviewerStatus(review.status(now))).addClass("review-status");
    }

    /** The status as the reviewer reads it: the labels are written for the owner. */
    static String reviewerStatus(ReviewStatus status) {
        return switch (status) {
            case IN_PROGRESS -> "Waiting for your answers";
            case SUBMITTED -> "Submitted: thank you";
            case DECLINED -> "Declined";
            case WITHDRAWN -> "Withdrawn by its owner";
            default -> status.label();
        };
    }

    private void confirmDecline(long reviewId) {
        ConfirmDialog dialog = new ConfirmDialog("Decline this review?",
                "The person who asked sees that you declined, and your answers so far are not shown to them. "
                        + "You cannot take it up again.",
                "Decline", event -> decline(reviewId));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep answering");
        dialog.setId("confirm-decline");
        dialog.open();
    }

    private void decline(long reviewId) {
        try {
            reviewService.decline(reviewId);
            Notifications.saved("You declined the review.");
        } catch (ReviewException e) {
            Notifications.error(e.getMessage());
        }
        renderAskedOfMe();
    }

    private void renderCheckIns() {
        checkIns.removeAll();
        // an account keeps up to 500 check-ins, each a download link bound to this page: the newest few are listed,
        // the rest on request (each review's Compare page lists its own check-ins too)
        int total = reviewService.myCheckInCount();
        List<CheckIn> shown = reviewService.myLatestCheckIns(allCheckInsShown ? ReviewService.MAX_CHECK_INS : CHECK_INS_SHOWN)
                .stream()
                .sorted(Comparator.comparing(CheckIn::takenAt).reversed().thenComparing(CheckIn::id, Comparator.reverseOrder()))
                .toList();
        checkIns.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Check-ins");
            root.appendElement("p").text(shown.isEmpty()
                    ? "None yet. A check-in freezes a comparison with a submitted review on the day you take it; take "
                    + "one from the review's Compare page."
                    : "Comparisons you froze, newest first. Each downloads as a Markdown file.");
            if (shown.size() < total) {
                root.appendElement("p").id("check-ins-count").addClass("fine-print")
                        .text("The newest " + shown.size() + " of your " + total + " check-ins.");
            }
        }));
        shown.forEach(checkIn -> {
            Div item = new Div(HtmlBlock.of(root -> {
                Element details = root.appendElement("div").id("check-in-" + checkIn.id());
                details.appendElement("h3").text(date(checkIn.takenAt()) + ": " + checkIn.snapshot().scope());
                details.appendElement("p").addClass("review-reviewer").text("Reviewer: " + checkIn.reviewerLabel());
            }), CheckInDownload.anchor(reviewService, checkIn.id(), zone));
            item.addClassNames("card", "review-card");
            checkIns.add(item);
        });
        if (shown.size() < total) {
            Button all = new Button("Show all " + total + " check-ins", event -> {
                allCheckInsShown = true;
                renderCheckIns();
            });
            all.setId("check-ins-show-all");
            checkIns.add(all);
        }
    }

    private String date(Instant instant) {
        return PlanFormat.date(LocalDate.ofInstant(instant, zone));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
