package app.skillpath.team;

import app.skillpath.account.AccountService;
import app.skillpath.account.CurrentUser;
import app.skillpath.base.text.UserText;
import app.skillpath.base.token.SecretToken;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Skill;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.StepDraft;
import app.skillpath.plan.StepKind;
import app.skillpath.target.MyTargets;
import app.skillpath.target.TargetKey;
import app.skillpath.target.TargetService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Teams for the logged-in user. As an owner: create a team, invite by link, remove members, set the target
 * composition, suggest plan steps, hand the team over or delete it. As a member: see the matrix, choose what the team
 * sees (levels, or levels and notes), leave, and accept or decline suggestions. Every method acts for the logged-in
 * user only; the repository's statements name that user, so a page (or a forged request) naming someone else's team
 * gets the same plain refusal as one naming no team at all.
 */
@Service
public class TeamService {

    public static final int MAX_MEMBERS = 200;
    public static final int MAX_TEAMS_PER_USER = 20;
    public static final int MAX_OPEN_LINKS = 50;
    public static final int MAX_LINKS = 1000;
    public static final int MAX_COMPOSITION_LINES = 20;
    public static final int MAX_HEAD_COUNT = 50;
    public static final int MAX_PENDING_SUGGESTIONS = 20;
    public static final int MAX_SUGGESTIONS = 200;
    public static final int NAME_MAX_LENGTH = 100;
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int ACTION_MAX_LENGTH = 2000;
    public static final Duration LINK_LIFETIME = Duration.ofDays(14);

    public static final String NOT_YOUR_TEAM = "This team is not open to you: you are not a member of it, or it no longer exists.";
    public static final String NOT_OWNER = "Only the team's owner can do this, and this team is not yours to manage (or no longer exists).";

    private static final Logger log = LoggerFactory.getLogger(TeamService.class);

    private final TeamRepository repository;
    private final CatalogService catalogService;
    private final TargetService targetService;
    private final PlanService planService;
    private final AccountService accountService;
    private final CurrentUser currentUser;
    private final Clock clock;

    public TeamService(TeamRepository repository, CatalogService catalogService, TargetService targetService,
                       PlanService planService, AccountService accountService, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.catalogService = catalogService;
        this.targetService = targetService;
        this.planService = planService;
        this.accountService = accountService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    // ---- teams ----

    @Transactional(readOnly = true)
    public List<TeamSummary> myTeams() {
        return repository.teamsOf(currentUser.id());
    }

    /** Creates a team owned by the user, who is its first member. */
    @Transactional
    public long create(String name) {
        String checked = requireName(name);
        accountService.lockMine();
        long owner = currentUser.id();
        if (repository.teamCount(owner) >= MAX_TEAMS_PER_USER) {
            throw new TeamException("You are in " + MAX_TEAMS_PER_USER + " teams, the most an account can be in. Leave "
                    + "or delete one before creating another.");
        }
        long id = repository.insertTeam(owner, checked, now());
        log.info("Team {} created by account {}", id, owner);
        return id;
    }

    @Transactional
    public void rename(long teamId, String name) {
        if (!repository.rename(teamId, currentUser.id(), requireName(name))) {
            throw new TeamException(NOT_OWNER);
        }
    }

    static String requireName(String name) {
        String checked = name == null ? "" : name.strip();
        if (checked.isEmpty()) {
            throw new TeamException("Give the team a name.");
        }
        if (checked.length() > NAME_MAX_LENGTH) {
            throw new TeamException("A team's name can have at most " + NAME_MAX_LENGTH + " characters; this one has "
                    + checked.length() + ".");
        }
        UserText.unstorable(checked).ifPresent(problem -> {
            throw new TeamException("This name cannot be saved: " + problem + ".");
        });
        return checked;
    }

    /** Deletes the owner's team with everything in it (memberships, links, composition, pending suggestions). */
    @Transactional
    public void delete(long teamId) {
        if (!repository.delete(teamId, currentUser.id())) {
            throw new TeamException(NOT_OWNER);
        }
        log.info("Team {} deleted by its owner", teamId);
    }

    /** Hands the team to another member, who becomes its owner; the former owner stays a member. */
    @Transactional
    public void handOver(long teamId, long newOwnerId) {
        if (!repository.handOver(teamId, currentUser.id(), newOwnerId)) {
            throw new TeamException("The team can only be handed over by its owner, to one of its other members.");
        }
        log.info("Team {} handed over to account {}", teamId, newOwnerId);
    }

    /** The owner removes a member: their row leaves every view of the team at once. */
    @Transactional
    public void remove(long teamId, long memberId) {
        if (!repository.remove(teamId, currentUser.id(), memberId)) {
            throw new TeamException(memberId == currentUser.id()
                    ? "You own this team: hand it over to another member or delete it instead."
                    : "Only the team's owner can remove members, and only people who are members.");
        }
    }

    /** The member leaves the team: their row leaves every view of it at once. */
    @Transactional
    public void leave(long teamId) {
        if (!repository.leave(teamId, currentUser.id())) {
            boolean owner = repository.owns(teamId, currentUser.id());
            throw new TeamException(owner ? "You own this team: hand it over to another member or delete it before you leave."
                    : NOT_YOUR_TEAM);
        }
    }

    /** What the team sees of the member: levels only, or levels and evidence notes. */
    @Transactional
    public void share(long teamId, boolean notes) {
        if (!repository.share(teamId, currentUser.id(), notes)) {
            throw new TeamException(NOT_YOUR_TEAM);
        }
    }

    // ---- invitation links ----

    /** A new link to join the owner's team; its token is shown once (only its hash is kept). */
    @Transactional
    public TeamInvitationLink invite(long teamId) {
        long owner = currentUser.id();
        repository.lockOwned(teamId, owner).orElseThrow(() -> new TeamException(NOT_OWNER));
        OffsetDateTime now = now();
        if (repository.memberCount(teamId) >= MAX_MEMBERS) {
            throw new TeamException("The team has " + MAX_MEMBERS + " members, the most a team can have.");
        }
        if (repository.openInvitationCount(teamId, now) >= MAX_OPEN_LINKS) {
            throw new TeamException("The team has " + MAX_OPEN_LINKS + " open links, the most at once. Withdraw one, "
                    + "or wait until they are used or expire.");
        }
        if (repository.invitationCount(teamId) >= MAX_LINKS) {
            throw new TeamException("The team has made " + MAX_LINKS + " links, the most a team keeps.");
        }
        String token = SecretToken.generate();
        long id = repository.insertInvitation(teamId, owner, SecretToken.sha256(token), now, now.plus(LINK_LIFETIME))
                .orElseThrow(() -> new TeamException(NOT_OWNER));
        log.info("Team {} link {} made by its owner", teamId, id);
        return new TeamInvitationLink(teamId, id, token);
    }

    @Transactional(readOnly = true)
    public List<TeamInvitationSummary> invitations(long teamId) {
        requireOwner(teamId);
        return repository.invitations(teamId, currentUser.id(), now());
    }

    @Transactional
    public void withdraw(long teamId, long invitationId) {
        if (!repository.withdraw(teamId, currentUser.id(), invitationId, now())) {
            throw new TeamException("This link is not open any more (it was used, declined or withdrawn), or the team is not yours.");
        }
    }

    private void requireOwner(long teamId) {
        if (!repository.owns(teamId, currentUser.id())) {
            throw new TeamException(NOT_OWNER);
        }
    }

    /** The visitor's view of a working link; empty if the token is not one. */
    @Transactional(readOnly = true)
    Optional<TeamRepository.LinkRow> link(String token) {
        return repository.link(SecretToken.hashOfGiven(token), currentUser.id(), now());
    }

    /** Joins the team by the link (it works once); empty if the token is not a working link. */
    @Transactional
    Optional<Long> join(String token) {
        byte[] hash = SecretToken.hashOfGiven(token);
        long visitor = currentUser.id();
        Optional<TeamRepository.LinkRow> link = repository.link(hash, visitor, now());
        if (link.isEmpty()) {
            return Optional.empty();
        }
        refuseIfMember(link.get());
        // the team's row, then the visitor's: the order the database's limit trigger takes them in, so that parallel
        // joins are counted one after another here and get this message rather than the trigger's error
        repository.lockTeam(link.get().teamId());
        accountService.lockMine();
        if (repository.teamCount(visitor) >= MAX_TEAMS_PER_USER) {
            throw new TeamException("You are in " + MAX_TEAMS_PER_USER + " teams, the most an account can be in. Leave one "
                    + "before joining another; this link still works until it expires.");
        }
        if (repository.memberCount(link.get().teamId()) >= MAX_MEMBERS) {
            throw new TeamException("This team has " + MAX_MEMBERS + " members, the most a team can have; the link "
                    + "still works until it expires, if a place comes free.");
        }
        Optional<Long> joined = repository.accept(hash, visitor, now());
        joined.ifPresent(id -> log.info("Account {} joined team {} by a link", visitor, id));
        return joined;
    }

    /** Declines the link (it stops working); false if the token is not a working link. */
    @Transactional
    boolean declineLink(String token) {
        byte[] hash = SecretToken.hashOfGiven(token);
        Optional<TeamRepository.LinkRow> link = repository.link(hash, currentUser.id(), now());
        if (link.isEmpty()) {
            return false;
        }
        refuseIfMember(link.get());
        return repository.decline(hash, currentUser.id(), now());
    }

    /** A member opening a link to their own team: refused, and the link keeps working for the person it is for. */
    static void refuseIfMember(TeamRepository.LinkRow link) {
        if (link.visitorIsMember()) {
            throw new TeamException("You are already a member of " + link.teamName() + ". Send the link to the person "
                    + "you want to invite; it still works for them.");
        }
    }

    // ---- the matrix and composition ----

    /** The team as the member sees it; refused for anyone else. */
    @Transactional(readOnly = true)
    public TeamMatrix matrix(long teamId) {
        long viewer = currentUser.id();
        TeamRepository.MatrixRows rows = repository.matrix(teamId, viewer).orElseThrow(() -> new TeamException(NOT_YOUR_TEAM));
        Catalog catalog = catalogService.catalog();
        Map<String, String> areaNames = new LinkedHashMap<>();
        catalog.areas().forEach(area -> areaNames.put(area.key(), area.name()));
        List<TeamMatrix.MatrixSkill> skills = catalog.skills().stream()
                .map(skill -> new TeamMatrix.MatrixSkill(skill.key(), skill.name(), areaNames.getOrDefault(skill.areaKey(), "")))
                .toList();
        Set<String> activeSkills = new HashSet<>(skills.stream().map(TeamMatrix.MatrixSkill::key).toList());
        List<TeamMatrix.Profile> profiles = new ArrayList<>();
        for (Role role : catalog.roles()) {
            profiles.add(new TeamMatrix.Profile(roleProfileKey(role.key()), role.title(), false, requiredLevels(role, activeSkills)));
        }
        for (TeamRepository.SharedTarget target : rows.targets()) {
            Map<String, Integer> levels = new LinkedHashMap<>(target.requiredLevels());
            levels.keySet().retainAll(activeSkills);
            profiles.add(new TeamMatrix.Profile(TargetKey.ofTarget(target.id()), target.title(), true, levels));
        }
        // a catalog role retired since it was chosen has no profile any more: its line is left out (the analysis would
        // skip it anyway), so the settings page never shows a bare key and saving the rest of the composition works
        List<TeamMatrix.Need> composition = rows.needs().stream()
                .filter(need -> need.roleKey().map(key -> catalog.role(key).isPresent()).orElse(true))
                .map(need -> new TeamMatrix.Need(need.roleKey().map(TeamService::roleProfileKey)
                        .orElseGet(() -> TargetKey.ofTarget(need.targetId().orElseThrow())), need.headCount()))
                .toList();
        List<TeamMatrix.Member> members = rows.members().stream()
                .map(member -> new TeamMatrix.Member(member.id(), member.name(), member.id() == rows.ownerId(),
                        member.sharesNotes(), member.levels(), member.notes()))
                .toList();
        return new TeamMatrix(rows.teamId(), rows.name(), viewer, rows.ownerId() == viewer, members, skills, profiles, composition);
    }

    /** The profile key of a catalog role in a team's matrix and composition. */
    public static String roleProfileKey(String roleKey) {
        return "role:" + roleKey;
    }

    private static Map<String, Integer> requiredLevels(Role role, Set<String> activeSkills) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        role.requiredSkills().stream().filter(required -> activeSkills.contains(required.skillKey()))
                .forEach(required -> levels.put(required.skillKey(), required.requiredLevel()));
        return levels;
    }

    /**
     * What the owner can put in the composition: every catalog role, and each of the owner's own targets (choosing one
     * shares its title and required levels with the team's members).
     */
    @Transactional(readOnly = true)
    public List<ProfileChoice> profileChoices() {
        List<ProfileChoice> choices = new ArrayList<>();
        catalogService.catalog().roles().forEach(role -> choices.add(new ProfileChoice(roleProfileKey(role.key()), role.title(), false)));
        MyTargets mine = targetService.mine();
        mine.targets().forEach(target -> choices.add(new ProfileChoice(target.key(), target.title(), true)));
        return choices;
    }

    /** A profile the owner may choose for the composition: {@code role:<key>} or {@code target:<id>}. */
    public record ProfileChoice(String key, String title, boolean target) {
    }

    /** Replaces the team's target composition (at most 20 lines, each profile once, 1-50 people each). */
    @Transactional
    public void setComposition(long teamId, List<TeamMatrix.Need> needs) {
        if (needs == null || needs.size() > MAX_COMPOSITION_LINES) {
            throw new TeamException("A composition can have at most " + MAX_COMPOSITION_LINES + " lines.");
        }
        List<TeamRepository.NeedRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TeamMatrix.Need need : needs) {
            if (need.headCount() < 1 || need.headCount() > MAX_HEAD_COUNT) {
                throw new TeamException("Each line needs 1 to " + MAX_HEAD_COUNT + " people, not " + need.headCount() + ".");
            }
            if (!seen.add(need.profileKey())) {
                throw new TeamException("Each role or target can be in the composition once; change its number instead.");
            }
            String key = need.profileKey() == null ? "" : need.profileKey();
            if (key.startsWith("role:") && catalogService.catalog().role(key.substring("role:".length())).isPresent()) {
                rows.add(new TeamRepository.NeedRow(Optional.of(key.substring("role:".length())), Optional.empty(), need.headCount()));
            } else if (TargetKey.targetId(key).isPresent()) {
                rows.add(new TeamRepository.NeedRow(Optional.empty(), TargetKey.targetId(key), need.headCount()));
            } else {
                throw new TeamException("A composition line must name a catalog role or one of your targets.");
            }
        }
        int stored = repository.replaceComposition(teamId, currentUser.id(), rows);
        if (stored < 0) {
            throw new TeamException(NOT_OWNER);
        }
        if (stored != rows.size()) {
            // a target that is not the owner's (or was just deleted): nothing of the new composition is kept
            throw new TeamException("A composition line names a role or target that is not there (or not yours); nothing was changed.");
        }
    }

    // ---- suggestions ----

    /** The owner suggests a step for a member's plan, about one catalog skill. */
    @Transactional
    public long suggest(long teamId, long memberId, String skillKey, String title, String action) {
        String checkedTitle = title == null ? "" : title.strip();
        String checkedAction = action == null ? "" : action.strip();
        if (checkedTitle.isEmpty() || checkedTitle.length() > TITLE_MAX_LENGTH) {
            throw new TeamException("A suggestion needs a title of 1 to " + TITLE_MAX_LENGTH + " characters.");
        }
        if (checkedAction.length() > ACTION_MAX_LENGTH) {
            throw new TeamException("What to do can have at most " + ACTION_MAX_LENGTH + " characters; this has "
                    + checkedAction.length() + ".");
        }
        UserText.unstorable(checkedTitle + checkedAction).ifPresent(problem -> {
            throw new TeamException("This suggestion cannot be saved: " + problem + ".");
        });
        if (skillKey == null || catalogService.catalog().skills().stream().map(Skill::key).noneMatch(skillKey::equals)) {
            throw new TeamException("Choose one of the catalog's skills.");
        }
        long owner = currentUser.id();
        requireOwner(teamId);
        if (memberId == owner) {
            throw new TeamException("Suggestions are for the team's other members; add a step to your own plan on /plan.");
        }
        if (repository.pendingSuggestionCount(teamId, memberId) >= MAX_PENDING_SUGGESTIONS) {
            throw new TeamException("This member has " + MAX_PENDING_SUGGESTIONS + " suggestions waiting already, the most at once.");
        }
        if (repository.suggestionCount(teamId, memberId) >= MAX_SUGGESTIONS) {
            throw new TeamException("This member has had " + MAX_SUGGESTIONS + " suggestions from this team, the most it keeps.");
        }
        return repository.insertSuggestion(teamId, owner, memberId, skillKey, checkedTitle, checkedAction, now())
                .orElseThrow(() -> new TeamException("Only the team's owner can suggest steps, and only to its members."));
    }

    /** The suggestions the owner made in their team, with the member's answer. */
    @Transactional(readOnly = true)
    public List<Suggestion> sentSuggestions(long teamId) {
        requireOwner(teamId);
        return repository.suggestionsOfTeam(teamId, currentUser.id());
    }

    /** Suggestions waiting for the user's answer, from every team they are in. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggestionsForMe() {
        return repository.pendingFor(currentUser.id());
    }

    /** Accepts a suggestion into the user's plan for {@code planKey} (a role or target they have a plan for). */
    @Transactional
    public Plan accept(long suggestionId, String planKey) {
        long me = currentUser.id();
        Suggestion suggestion = repository.pendingSuggestion(suggestionId, me)
                .orElseThrow(() -> new TeamException("This suggestion is not waiting for you any more: it was answered, "
                        + "or you left the team that made it."));
        if (!catalogService.catalog().skillsByKey().containsKey(suggestion.skillKey())) {
            // a retired skill takes no new plan step (as it takes no new rating); declining still clears it
            throw new TeamException("“" + suggestion.skillName() + "” is retired from the catalog and takes no new plan "
                    + "steps; decline this suggestion to clear it.");
        }
        if (!repository.decide(suggestionId, me, true, now())) {
            throw new TeamException("This suggestion was answered already, perhaps in another tab.");
        }
        StepDraft draft = new StepDraft("suggested:" + suggestion.id(), StepKind.SKILL, suggestion.title(),
                Optional.of(suggestion.skillKey()), Optional.empty(), Optional.empty(), List.of(),
                suggestion.action().isEmpty() ? "Suggested by " + suggestion.fromName() + " (" + suggestion.teamName() + ")."
                        : suggestion.action() + " (Suggested by " + suggestion.fromName() + ", " + suggestion.teamName() + ".)",
                Optional.empty());
        return planService.addSuggestedStep(planKey, draft);
    }

    @Transactional
    public void decline(long suggestionId) {
        if (!repository.decide(suggestionId, currentUser.id(), false, now())) {
            throw new TeamException("This suggestion is not waiting for you any more: it was answered, or you left the team that made it.");
        }
    }

    // ---- account deletion ----

    /** The user's teams that have other members, each of which they may hand over before deleting their account. */
    @Transactional(readOnly = true)
    public List<OwnedTeam> teamsToPassOn() {
        return repository.ownedWithOthers(currentUser.id());
    }

    /**
     * Deletes the user's account, first handing over each team named in {@code handOvers} (team id to the member who
     * takes it); every other team the user owns is deleted with the account. The password is checked first, on its
     * own (it counts on the login lockout, see AccountService), so a wrong one changes nothing; the hand-overs and the
     * deletion then run in one transaction, so a hand-over that fails (the chosen member left meanwhile) deletes
     * nothing either. Not transactional itself, for the password check's sake.
     */
    public void deleteAccount(String password, Map<Long, Long> handOvers) {
        AccountService.PasswordChecked checked = accountService.checkCurrentPassword(password);
        long me = currentUser.id();
        Map<Long, Long> chosen = handOvers == null ? Map.of() : Map.copyOf(handOvers);
        accountService.deleteCurrentAccount(checked, () -> chosen.forEach((teamId, heir) -> {
            if (!repository.handOver(teamId, me, heir)) {
                throw new TeamException("A team could not be handed over: the member you chose is no longer in it, or the "
                        + "team is no longer yours. Nothing was deleted; check your choices and try again.");
            }
            log.info("Team {} handed over to account {} before its owner's account was deleted", teamId, heir);
        }));
    }
}
