package app.skillpath.team.ui;

import app.skillpath.account.CurrentUser;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.invitation.ui.LinkShownOnce;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.Notifications;
import app.skillpath.plan.ui.PlanFormat;
import app.skillpath.team.Suggestion;
import app.skillpath.team.TeamException;
import app.skillpath.team.TeamInvitationKind;
import app.skillpath.team.TeamInvitationLink;
import app.skillpath.team.TeamInvitationSummary;
import app.skillpath.team.TeamMatrix;
import app.skillpath.team.TeamService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A team's settings (/teams/12/settings). Every member chooses here what the team sees of them and can leave; the
 * owner also invites by links shown once, removes members or hands the team over, sets the target composition,
 * suggests plan steps, renames and deletes the team. A member who is not the owner gets no owner control at all, and
 * anyone who is not a member (or an address that names no team) gets the service's one plain refusal, so the page
 * tells nothing about whether a team exists.
 */
@Route(value = TeamSettingsView.ROUTE, layout = MainLayout.class)
@PageTitle("Team settings" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class TeamSettingsView extends Main implements BeforeEnterObserver {

    static final String TEAM_ID = "teamId";
    static final String ROUTE = "teams/:" + TEAM_ID + "/settings";
    /** The list of the user's teams, where a member lands after leaving and an owner after deleting. */
    static final String TEAMS_PATH = TeamsView.ROUTE;

    /** This page's address for a team, below the app's root. */
    public static String path(long teamId) {
        return "teams/" + teamId + "/settings";
    }

    private final TeamService teamService;
    private final ZoneId zone;

    private long teamId;
    /** The team as the page last read it. */
    private TeamMatrix team;
    /**
     * A new link, shown once: kept across redraws of the page (after removing a member, say) so that it is not lost
     * before the owner copied it, and emptied when the page is opened afresh.
     */
    private final Div linkSlot = new Div();
    private final Section links = new Section();
    private final Section sent = new Section();
    private final Div compositionLines = new Div();
    private final List<CompositionLine> lines = new ArrayList<>();
    private final Div compositionError = new Div();
    private Button addLine;

    public TeamSettingsView(TeamService teamService, CurrentUser currentUser) {
        this.teamService = teamService;
        this.zone = currentUser.zone();
        addClassNames("page", "team-settings");
        linkSlot.setId("team-link-slot");
        links.setId("team-links");
        links.addClassName("team-links");
        sent.setId("team-sent-suggestions");
        sent.addClassName("team-sent");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        linkSlot.removeAll();
        Optional<Long> id = event.getRouteParameters().get(TEAM_ID).flatMap(TeamSettingsView::parse);
        if (id.isEmpty()) {
            // a forged or mistyped address reads like a team that is not the user's: nothing is echoed back
            refused(TeamService.NOT_YOUR_TEAM);
            return;
        }
        teamId = id.get();
        render();
    }

    static Optional<Long> parse(String value) {
        try {
            long id = Long.parseLong(value);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private void refused(String message) {
        removeAll();
        linkSlot.removeAll();
        add(HtmlBlock.of(root -> {
            root.appendElement("h1").text("Team settings");
            root.appendElement("p").id("team-refused").addClass("callout").text(message);
            Markup.link(root.appendElement("p"), TEAMS_PATH, "Your teams").id("back-to-teams");
        }));
    }

    /** Draws the whole page as the team is now; a refusal if the user is no longer a member. */
    private void render() {
        try {
            team = teamService.matrix(teamId);
        } catch (TeamException e) {
            refused(e.getMessage());
            return;
        }
        removeAll();
        add(header(), sharingSection());
        if (team.viewerIsOwner()) {
            add(linksSection(), membersSection(), compositionSection(), suggestSection(), teamSection());
        } else {
            linkSlot.removeAll();
        }
        add(leaveSection());
    }

    private HtmlBlock header() {
        String owner = team.members().stream().filter(TeamMatrix.Member::owner).map(TeamMatrix.Member::name).findFirst()
                .orElse("");
        return HtmlBlock.of(root -> {
            Markup.link(root.appendElement("p").addClass("team-back"), TEAMS_PATH, "Your teams").id("back-to-teams");
            root.appendElement("h1").id("team-title").text(team.teamName());
            root.appendElement("p").addClass("lead").id("team-facts").text((team.viewerIsOwner()
                    ? "You own this team. " : "Owner: " + owner + ". ") + TeamsView.members(team.members().size()) + ".");
            Element actions = root.appendElement("div").addClass("actions");
            Markup.link(actions, TeamInvitationKind.teamPath(teamId), "Open the matrix").id("team-open-matrix")
                    .addClass("button-link").addClass("primary");
        });
    }

    // ---- what every member chooses ----

    private Section sharingSection() {
        boolean sharesNotes = team.member(team.viewerId()).map(TeamMatrix.Member::sharesNotes).orElse(false);
        // the section's heading says what the choice is about; the group carries it for screen readers
        RadioButtonGroup<Boolean> sharing = new RadioButtonGroup<>();
        sharing.setId("team-sharing");
        sharing.setAriaLabel("What the team sees of you");
        sharing.setItems(false, true);
        sharing.setItemLabelGenerator(notes -> Boolean.TRUE.equals(notes) ? "My levels and my evidence notes"
                : "My levels only");
        sharing.setValue(sharesNotes);
        // the listener comes after the first value, so that showing the stored choice does not save it again
        sharing.addValueChangeListener(event -> {
            if (event.getValue() == null || event.getValue().equals(event.getOldValue())) {
                return;
            }
            try {
                teamService.share(teamId, event.getValue());
                Notifications.saved(event.getValue() ? "The team now sees your levels and your evidence notes."
                        : "The team now sees your levels only.");
            } catch (TeamException e) {
                Notifications.error(e.getMessage());
                render();
            }
        });
        Section section = new Section();
        section.setId("team-sharing-section");
        section.addClassNames("article-section", "team-sharing-section");
        section.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("What the team sees of you");
            root.appendElement("p").text("Every member sees your skill levels on the team's matrix. Your evidence "
                    + "notes are shown only if you choose so here. Your plans, your history and your targets are "
                    + "never shown to the team, whatever you choose.");
        }), sharing, HtmlBlock.of(root -> root.appendElement("p").addClass("fine-print")
                .text("A change is saved at once and shows on the matrix straight away.")));
        return section;
    }

    private Section leaveSection() {
        Section section = new Section();
        section.setId("team-leave-section");
        section.addClassNames("article-section", "team-leave-section");
        if (team.viewerIsOwner()) {
            section.add(HtmlBlock.of(root -> {
                root.appendElement("h2").text("Leave the team");
                root.appendElement("p").id("team-owner-cannot-leave").text("You own this team, so you cannot leave "
                        + "it as it is: first hand it over to another member (“Make owner” under Members), or "
                        + "delete it.");
            }));
            return section;
        }
        Button leave = new Button("Leave the team", event -> confirm("confirm-leave", "Leave " + team.teamName() + "?",
                "Your row leaves the team's matrix at once, and you no longer see the team. To join again you need "
                        + "a new link from its owner.", "Leave", this::leave));
        leave.setId("team-leave");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Leave the team");
            root.appendElement("p").text("You can leave at any time; the team then sees nothing of you.");
        }), leave);
        return section;
    }

    private void leave() {
        try {
            teamService.leave(teamId);
            Notifications.saved("You left the team.");
            UI.getCurrent().navigate(TEAMS_PATH);
        } catch (TeamException e) {
            Notifications.error(e.getMessage());
            render();
        }
    }

    // ---- invitation links (owner) ----

    private Section linksSection() {
        Button create = new Button("Create a link", event -> invite());
        create.setId("team-link-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section section = new Section();
        section.setId("team-invite");
        section.addClassNames("article-section", "team-invite");
        section.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Invite members");
            root.appendElement("p").text("You get a link to send yourself: Skillpath sends no e-mail. A link works "
                    + "once, for one person, and lasts " + TeamService.LINK_LIFETIME.toDays() + " days. Whoever joins "
                    + "shares their levels with the team; their notes only if they choose to.");
        }), new Div(create), linkSlot, links);
        renderLinks();
        return section;
    }

    private void invite() {
        linkSlot.removeAll();
        try {
            TeamInvitationLink link = teamService.invite(teamId);
            linkSlot.add(linkPanel(link));
            Notifications.saved("Your link is ready. Copy it now.");
        } catch (TeamException e) {
            linkSlot.add(HtmlBlock.of(root -> root.appendElement("p").id("team-link-error").addClass("callout")
                    .attr("role", "alert").text(e.getMessage())));
            Notifications.error(e.getMessage());
        }
        renderLinks();
    }

    private Div linkPanel(TeamInvitationLink invitation) {
        return LinkShownOnce.panel(invitation.path(), "team-link", "Copy this link now and send it to the person you "
                + "invite. Skillpath keeps only a fingerprint of it, so it cannot show it again; if you lose it, withdraw "
                + "it below and create another.", "team-link-panel");
    }

    private void renderLinks() {
        links.removeAll();
        List<TeamInvitationSummary> all;
        try {
            all = teamService.invitations(teamId);
        } catch (TeamException e) {
            links.add(callout("team-links-error", e.getMessage()));
            return;
        }
        List<TeamInvitationSummary> open = all.stream().filter(link -> link.state() == TeamInvitationSummary.State.OPEN).toList();
        List<TeamInvitationSummary> closed = all.stream().filter(link -> link.state() != TeamInvitationSummary.State.OPEN).toList();
        links.add(HtmlBlock.of(root -> {
            root.appendElement("h3").text("Your links");
            if (all.isEmpty()) {
                root.appendElement("p").id("team-links-empty").text("None yet.");
            }
        }));
        // an open link carries a button; the others are only read, so they are one block of markup
        open.forEach(link -> {
            Button withdraw = new Button("Withdraw", event -> confirm("confirm-withdraw-link", "Withdraw this link?",
                    "It stops working at once; whoever has it can no longer join with it.", "Withdraw",
                    () -> withdraw(link.id())));
            withdraw.setId("withdraw-link-" + link.id());
            withdraw.setAriaLabel("Withdraw the link created on " + date(link.createdAt()));
            Div row = new Div(HtmlBlock.of(root -> linkItem(root.appendElement("div").id("link-" + link.id()), link)), withdraw);
            row.addClassNames("team-row", "team-link-row");
            links.add(row);
        });
        if (!closed.isEmpty()) {
            links.add(HtmlBlock.of(root -> {
                Element list = root.appendElement("ul").addClass("team-rows");
                closed.forEach(link -> linkItem(list.appendElement("li").id("link-" + link.id()).addClass("team-row"), link));
            }));
        }
    }

    private void linkItem(Element parent, TeamInvitationSummary link) {
        Markup.badge(parent, stateLabel(link)).addClass("team-state").addClass("team-state-" + link.state().name().toLowerCase());
        parent.appendElement("span").addClass("fine-print").text(" Created on " + date(link.createdAt())
                + (link.state() == TeamInvitationSummary.State.OPEN ? "; expires on " + date(link.expiresAt())
                : link.state() == TeamInvitationSummary.State.EXPIRED ? "; expired on " + date(link.expiresAt()) : "")
                + ".");
    }

    static String stateLabel(TeamInvitationSummary link) {
        return switch (link.state()) {
            case ACCEPTED -> "Joined by " + link.memberName().orElse("a former user");
            case DECLINED -> "Declined" + link.memberName().map(name -> " by " + name).orElse("");
            default -> capitalised(link.state().label());
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void withdraw(long invitationId) {
        try {
            teamService.withdraw(teamId, invitationId);
            Notifications.saved("The link was withdrawn. It no longer works.");
        } catch (TeamException e) {
            Notifications.error(e.getMessage());
        }
        renderLinks();
    }

    // ---- members (owner) ----

    private Section membersSection() {
        Section section = new Section();
        section.setId("team-members");
        section.addClassNames("article-section", "team-members");
        section.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Members");
            root.appendElement("p").text("Removing someone takes their row off the team's matrix at once. Making "
                    + "someone owner hands the team to them: you stay a member, and your targets leave the "
                    + "composition (they stay yours).");
        }));
        // one markup block for the list and one picker with two buttons, not buttons per member: a team of 200 held
        // 1,463 components on this page with two buttons a row
        section.add(HtmlBlock.of(root -> {
            Element list = root.appendElement("ul").addClass("team-rows").id("team-member-list");
            for (TeamMatrix.Member member : team.members()) {
                Element item = list.appendElement("li").id("member-" + member.id()).addClass("team-member-name");
                item.appendElement("strong").text(member.name());
                if (member.owner()) {
                    item.appendText(" ");
                    Markup.badge(item, "Owner (you)");
                }
                item.appendElement("span").addClass("fine-print").text(member.sharesNotes()
                        ? " Shares levels and evidence notes." : " Shares levels only.");
            }
        }));
        List<TeamMatrix.Member> others = team.members().stream().filter(member -> !member.owner()).toList();
        if (others.isEmpty()) {
            return section;
        }
        Select<TeamMatrix.Member> chosen = new Select<>();
        chosen.setLabel("Member");
        chosen.setPlaceholder("Choose a member");
        chosen.setId("member-choice");
        chosen.setItems(others);
        chosen.setItemLabelGenerator(TeamMatrix.Member::name);
        Button handOver = new Button("Make owner", event -> {
            TeamMatrix.Member member = chosen.getValue();
            confirm("confirm-hand-over", "Make " + member.name() + " the owner?",
                    member.name() + " will manage the team (links, members, composition, suggestions) and you "
                            + "will be an ordinary member. Your targets leave the composition. Only the new owner "
                            + "can give it back.", "Make owner", () -> handOver(member));
        });
        handOver.setId("member-make-owner");
        Button remove = new Button("Remove from the team", event -> {
            TeamMatrix.Member member = chosen.getValue();
            confirm("confirm-remove", "Remove " + member.name() + "?",
                    member.name() + "'s row leaves the team's matrix at once, and they no longer see the team. "
                            + "Their own levels and plans stay theirs.", "Remove", () -> remove(member));
        });
        remove.setId("member-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        handOver.setEnabled(false);
        remove.setEnabled(false);
        chosen.addValueChangeListener(event -> {
            handOver.setEnabled(event.getValue() != null);
            remove.setEnabled(event.getValue() != null);
        });
        Div actions = new Div(chosen, handOver, remove);
        actions.addClassNames("field-row", "team-member-actions");
        section.add(actions);
        return section;
    }

    private void remove(TeamMatrix.Member member) {
        try {
            teamService.remove(teamId, member.id());
            Notifications.saved(member.name() + " is no longer in the team.");
        } catch (TeamException e) {
            Notifications.error(e.getMessage());
        }
        render();
    }

    private void handOver(TeamMatrix.Member member) {
        try {
            teamService.handOver(teamId, member.id());
            Notifications.saved(member.name() + " now owns the team.");
        } catch (TeamException e) {
            Notifications.error(e.getMessage());
        }
        render();
    }

    // ---- target composition (owner) ----

    /** One line of the composition editor: a profile and how many people of it. */
    private final class CompositionLine {
        final Select<TeamService.ProfileChoice> profile = new Select<>();
        final IntegerField count = new IntegerField();
        final Button remove = new Button("Remove");
        final Div row = new Div();

        CompositionLine(List<TeamService.ProfileChoice> choices, TeamService.ProfileChoice chosen, int headCount) {
            profile.setLabel("Role or target");
            profile.setItems(choices);
            profile.setItemLabelGenerator(choice -> choice == null ? "" : label(choice));
            profile.setEmptySelectionAllowed(false);
            profile.setPlaceholder("Choose a role or target");
            if (chosen != null) {
                profile.setValue(chosen);
            }
            count.setLabel("People");
            count.setMin(1);
            count.setMax(TeamService.MAX_HEAD_COUNT);
            count.setStepButtonsVisible(true);
            count.setValue(headCount);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(event -> {
                lines.remove(this);
                drawLines();
            });
            row.add(profile, count, remove);
            row.addClassNames("field-row", "team-composition-line");
        }
    }

    private static String label(TeamService.ProfileChoice choice) {
        return choice.target() ? "Your target: " + choice.title() : choice.title();
    }

    private Section compositionSection() {
        List<TeamService.ProfileChoice> choices = new ArrayList<>(teamService.profileChoices());
        lines.clear();
        for (TeamMatrix.Need need : team.composition()) {
            TeamService.ProfileChoice chosen = choices.stream().filter(choice -> choice.key().equals(need.profileKey()))
                    .findFirst().orElseGet(() -> {
                        // not among the owner's choices (a target of someone else's): shown as it is, so saving keeps it
                        // only if the service still accepts it
                        TeamMatrix.Profile profile = team.profile(need.profileKey()).orElse(null);
                        TeamService.ProfileChoice other = new TeamService.ProfileChoice(need.profileKey(),
                                profile == null ? need.profileKey() : profile.title(), profile != null && profile.target());
                        choices.add(other);
                        return other;
                    });
            lines.add(new CompositionLine(choices, chosen, need.headCount()));
        }
        addLine = new Button("Add a line", event -> {
            lines.add(new CompositionLine(choices, null, 1));
            drawLines();
        });
        addLine.setId("composition-add");
        addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button save = new Button("Save the composition", event -> saveComposition());
        save.setId("composition-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compositionError.removeAll();
        compositionLines.setId("composition-lines");
        drawLines();
        Div actions = new Div(addLine, save);
        actions.addClassName("actions");
        Section section = new Section();
        section.setId("team-composition");
        section.addClassNames("article-section", "team-composition");
        section.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Target composition");
            root.appendElement("p").text("How many people of which role the team needs, such as 2 Machine Learning "
                    + "Engineers and 1 Data Science Manager. The matrix measures the team against it to show the "
                    + "hiring and training gap.");
            root.appendElement("p").addClass("fine-print").id("composition-target-note").text("Choosing one of your "
                    + "targets shares its title and required levels with the team's members (not your levels or "
                    + "plans for it). At most " + TeamService.MAX_COMPOSITION_LINES + " lines, each with 1 to "
                    + TeamService.MAX_HEAD_COUNT + " people.");
        }), compositionLines, actions, compositionError);
        return section;
    }

    private void drawLines() {
        compositionLines.removeAll();
        if (lines.isEmpty()) {
            compositionLines.add(HtmlBlock.of(root -> root.appendElement("p").id("composition-empty")
                    .text("No composition yet: add a line for each role the team needs.")));
        }
        for (int i = 0; i < lines.size(); i++) {
            CompositionLine line = lines.get(i);
            line.profile.setId("composition-profile-" + i);
            line.count.setId("composition-count-" + i);
            line.remove.setId("composition-remove-" + i);
            line.remove.setAriaLabel("Remove line " + (i + 1));
            compositionLines.add(line.row);
        }
        addLine.setEnabled(lines.size() < TeamService.MAX_COMPOSITION_LINES);
    }

    private void saveComposition() {
        Div error = compositionError;
        error.removeAll();
        List<TeamMatrix.Need> needs = new ArrayList<>();
        for (CompositionLine line : lines) {
            if (line.profile.getValue() == null) {
                showError(error, "composition-error", "Choose a role or target on every line, or remove the line.");
                return;
            }
            needs.add(new TeamMatrix.Need(line.profile.getValue().key(), line.count.getValue() == null ? 0 : line.count.getValue()));
        }
        try {
            teamService.setComposition(teamId, needs);
            Notifications.saved("The target composition is saved.");
        } catch (TeamException e) {
            showError(error, "composition-error", e.getMessage());
        }
    }

    // ---- suggestions (owner) ----

    private Section suggestSection() {
        Section section = new Section();
        section.setId("team-suggest");
        section.addClassNames("article-section", "team-suggest");
        section.add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Suggest a step");
            root.appendElement("p").text("Suggest a step for a member's learning plan, about one skill. The member "
                    + "sees it on their plan and accepts or declines it; nothing changes in their plan until they accept.");
        }));
        List<TeamMatrix.Member> others = team.members().stream().filter(member -> !member.owner()).toList();
        if (others.isEmpty()) {
            section.add(HtmlBlock.of(root -> root.appendElement("p").id("suggest-no-members")
                    .text("Suggestions go to the team's other members: invite someone first.")));
        } else {
            section.add(suggestForm(others));
        }
        section.add(sent);
        renderSent();
        return section;
    }

    private Div suggestForm(List<TeamMatrix.Member> others) {
        Select<TeamMatrix.Member> member = new Select<>();
        member.setId("suggest-member");
        member.setLabel("Member");
        member.setItems(others);
        member.setItemLabelGenerator(m -> m == null ? "" : m.name());
        member.setPlaceholder("Choose a member");
        ComboBox<TeamMatrix.MatrixSkill> skill = new ComboBox<>("Skill");
        skill.setId("suggest-skill");
        skill.setItems(team.skills().stream().sorted(Comparator.comparing(TeamMatrix.MatrixSkill::name,
                String.CASE_INSENSITIVE_ORDER)).toList());
        skill.setItemLabelGenerator(TeamMatrix.MatrixSkill::name);
        skill.setPlaceholder("Choose a skill");
        TextField title = new TextField("Title");
        title.setId("suggest-title");
        title.setMaxLength(TeamService.TITLE_MAX_LENGTH);
        title.setPlaceholder("Take the statistics refresher course");
        TextArea action = new TextArea("What to do (optional)");
        action.setId("suggest-action");
        action.setMaxLength(TeamService.ACTION_MAX_LENGTH);
        action.setHelperText("Up to " + TeamService.ACTION_MAX_LENGTH + " characters.");
        Div error = new Div();
        Button send = new Button("Send the suggestion", event -> {
            error.removeAll();
            if (member.getValue() == null) {
                showError(error, "suggest-error", "Choose the member the suggestion is for.");
                return;
            }
            try {
                teamService.suggest(teamId, member.getValue().id(), skill.getValue() == null ? null : skill.getValue().key(),
                        title.getValue(), action.getValue());
                Notifications.saved("Your suggestion was sent to " + member.getValue().name() + ".");
                title.clear();
                action.clear();
                renderSent();
            } catch (TeamException e) {
                showError(error, "suggest-error", e.getMessage());
            }
        });
        send.setId("suggest-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(member, skill);
        fields.addClassNames("field-row", "team-suggest-fields");
        Div form = new Div(fields, title, action, new Div(send), error);
        form.addClassName("team-suggest-form");
        return form;
    }

    private void renderSent() {
        sent.removeAll();
        List<Suggestion> suggestions;
        try {
            suggestions = teamService.sentSuggestions(teamId);
        } catch (TeamException e) {
            sent.add(callout("team-sent-error", e.getMessage()));
            return;
        }
        sent.add(HtmlBlock.of(root -> {
            root.appendElement("h3").text("Suggestions you sent");
            if (suggestions.isEmpty()) {
                root.appendElement("p").id("team-sent-empty").text("None yet.");
                return;
            }
            Element list = root.appendElement("ul").addClass("team-rows");
            suggestions.forEach(suggestion -> {
                Element item = list.appendElement("li").id("suggestion-" + suggestion.id()).addClass("team-row");
                item.appendElement("strong").text(suggestion.title());
                item.appendText(" for " + suggestion.memberName() + " · " + suggestion.skillName() + " · ");
                Markup.badge(item, suggestionState(suggestion)).addClass("team-state")
                        .addClass("team-state-" + suggestion.state());
                item.appendElement("span").addClass("fine-print").text(" Sent on " + date(suggestion.createdAt()) + ".");
            });
        }));
    }

    static String suggestionState(Suggestion suggestion) {
        return switch (suggestion.state()) {
            case "accepted" -> "Accepted";
            case "declined" -> "Declined";
            default -> "Waiting for an answer";
        };
    }

    // ---- the team itself (owner) ----

    private Section teamSection() {
        TextField name = new TextField("Team name");
        name.setId("team-rename-name");
        name.setMaxLength(TeamService.NAME_MAX_LENGTH);
        name.setValue(team.teamName());
        Div error = new Div();
        Button rename = new Button("Rename", event -> {
            error.removeAll();
            try {
                teamService.rename(teamId, name.getValue());
                Notifications.saved("The team is renamed.");
                render();
            } catch (TeamException e) {
                showError(error, "team-rename-error", e.getMessage());
            }
        });
        rename.setId("team-rename");
        Button delete = new Button("Delete the team", event -> confirm("confirm-delete",
                "Delete " + team.teamName() + "?",
                "The team, its links, its composition and its waiting suggestions are deleted, and no member sees it "
                        + "any more. Everyone's own levels, plans and targets stay theirs. This cannot be undone.",
                "Delete", this::delete));
        delete.setId("team-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div fields = new Div(name, rename);
        fields.addClassNames("field-row", "team-rename-fields");
        Section section = new Section();
        section.setId("team-manage");
        section.addClassNames("article-section", "team-manage");
        section.add(HtmlBlock.of(root -> root.appendElement("h2").text("The team")), fields, error,
                HtmlBlock.of(root -> root.appendElement("p").text("Deleting the team ends it for every member.")),
                new Div(delete));
        return section;
    }

    private void delete() {
        try {
            teamService.delete(teamId);
            Notifications.saved("The team is deleted.");
            UI.getCurrent().navigate(TEAMS_PATH);
        } catch (TeamException e) {
            Notifications.error(e.getMessage());
            render();
        }
    }

    // ---- helpers ----

    private static void confirm(String id, String header, String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, event -> action.run());
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.setId(id);
        dialog.open();
    }

    private static HtmlBlock callout(String id, String message) {
        return HtmlBlock.of(root -> root.appendElement("p").id(id).addClass("callout").attr("role", "alert").text(message));
    }

    private static void showError(Div slot, String id, String message) {
        slot.removeAll();
        slot.add(callout(id, message));
        Notifications.error(message);
    }

    private String date(Instant instant) {
        return PlanFormat.date(LocalDate.ofInstant(instant, zone));
    }
}
