package app.skillpath.review;

import app.skillpath.account.AccountService;
import app.skillpath.account.CurrentUser;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.base.text.UserText;
import app.skillpath.base.token.SecretToken;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.catalog.RequiredSkill;
import app.skillpath.catalog.Skill;
import app.skillpath.scoring.FitService;
import app.skillpath.target.MyTargets;
import app.skillpath.target.Target;
import app.skillpath.target.TargetKey;
import app.skillpath.target.TargetService;
import app.skillpath.target.TargetSkill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A second opinion on the logged-in user's ratings. As the owner: invite a reviewer by a link, withdraw, compare,
 * adopt a level, freeze a check-in. As a reviewer: open a link, accept or decline it, answer blind, submit once.
 * Every method acts for the logged-in user only; the repository's statements name that user, so a page (or a forged
 * request) naming someone else's review gets the same plain refusal as one naming no review at all.
 */
@Service
public class ReviewService {

    public static final int MAX_OPEN_INVITATIONS = 10;
    public static final int MAX_REVIEWS = 200;
    public static final int MAX_CHECK_INS = 500;
    public static final int MAX_CHECK_INS_PER_REVIEW = 50;
    public static final Duration LINK_LIFETIME = Duration.ofDays(14);
    public static final int COMMENT_MAX_LENGTH = 2000;

    public static final String LINK_DOES_NOT_WORK = "This invitation link does not work: it was used already, withdrawn, "
            + "or it expired (links last " + LINK_LIFETIME.toDays() + " days). Ask the person who sent it for a new one.";
    public static final String OWN_LINK = "This is your own invitation: you cannot review yourself. Send the link to the "
            + "person whose second opinion you want.";
    public static final String NOT_OPEN_TO_YOU = "This review is not open to you: it was submitted, declined or withdrawn, "
            + "or it was never yours to answer.";
    public static final String NO_SUCH_SUBMITTED_REVIEW = "There is no submitted review of yours with this number.";

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);

    private final ReviewRepository repository;
    private final CatalogService catalogService;
    private final AssessmentService assessmentService;
    private final TargetService targetService;
    private final FitService fitService;
    private final AccountService accountService;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ReviewService(ReviewRepository repository, CatalogService catalogService, AssessmentService assessmentService,
                         TargetService targetService, FitService fitService, AccountService accountService,
                         CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.catalogService = catalogService;
        this.assessmentService = assessmentService;
        this.targetService = targetService;
        this.fitService = fitService;
        this.accountService = accountService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- the owner: inviting ----

    /**
     * Asks for a review of the chosen skills and returns the link's token, which is shown once (only its hash is kept).
     * Refused beyond {@value #MAX_OPEN_INVITATIONS} open invitations or {@value #MAX_REVIEWS} reviews in all.
     */
    @Transactional
    public Invitation invite(ReviewScope scope, boolean sharesNotes) {
        ChosenSkills chosen = resolve(scope);
        accountService.lockMine();
        long owner = currentUser.id();
        OffsetDateTime now = now();
        if (repository.openCount(owner, now) >= MAX_OPEN_INVITATIONS) {
            throw new ReviewException("You have " + MAX_OPEN_INVITATIONS + " open invitations, the most at once. Withdraw "
                    + "one, or wait until a reviewer submits or declines, before asking for another.");
        }
        if (repository.totalCount(owner) >= MAX_REVIEWS) {
            throw new ReviewException("You have asked for " + MAX_REVIEWS + " reviews, the most an account keeps.");
        }
        String token = SecretToken.generate();
        long id = repository.insert(owner, SecretToken.sha256(token), chosen.label(), sharesNotes, chosen.skillKeys(), now,
                now.plus(LINK_LIFETIME));
        log.info("Review {} asked for by account {} ({} skills)", id, owner, chosen.skillKeys().size());
        return new Invitation(id, token);
    }

    /** The skills of a scope with its label; refused when it names nothing the catalog has. */
    ChosenSkills resolve(ReviewScope scope) {
        Catalog catalog = catalogService.catalog();
        Map<String, Skill> active = catalog.skillsByKey();
        return switch (scope) {
            case null -> throw new ReviewException("Choose which skills the review covers.");
            case ReviewScope.AllSkills all -> new ChosenSkills("All skills", catalog.skills().stream().map(Skill::key)
                    .filter(active::containsKey).toList());
            case ReviewScope.OfRoleOrTarget of when TargetKey.isTarget(of.key()) -> {
                Target target = targetService.myTarget(of.key())
                        .orElseThrow(() -> new ReviewException("You have no such target: choose one of yours."));
                List<String> keys = target.skills().stream().filter(skill -> !skill.custom()).map(TargetSkill::skillKey)
                        .filter(active::containsKey).toList();
                yield nonEmpty(new ChosenSkills("Target: " + target.title(), keys),
                        "“" + target.title() + "” asks for no catalog skills; a reviewer rates catalog skills only. "
                                + "Pick skills by hand instead.");
            }
            case ReviewScope.OfRoleOrTarget of -> {
                var role = catalogService.role(of.key())
                        .orElseThrow(() -> new ReviewException("There is no role called " + UserText.quote(of.key()) + "."));
                yield nonEmpty(new ChosenSkills(role.title(), role.requiredSkills().stream().map(RequiredSkill::skillKey)
                        .filter(active::containsKey).toList()), role.title() + " asks for no active skills.");
            }
            case ReviewScope.Picked picked -> {
                if (picked.skillKeys().size() > active.size()) {
                    throw new ReviewException("Pick at most " + active.size() + " skills: the catalog has no more.");
                }
                LinkedHashSet<String> keys = new LinkedHashSet<>();
                for (String key : picked.skillKeys()) {
                    if (key == null || !active.containsKey(key)) {
                        throw new ReviewException("There is no skill called " + UserText.quote(key) + " to review.");
                    }
                    keys.add(key);
                }
                yield nonEmpty(new ChosenSkills(keys.size() == 1 ? active.get(keys.getFirst()).name()
                        : "Hand-picked skills (" + keys.size() + ")", List.copyOf(keys)), "Pick at least one skill.");
            }
        };
    }

    private static ChosenSkills nonEmpty(ChosenSkills chosen, String messageWhenEmpty) {
        if (chosen.skillKeys().isEmpty()) {
            throw new ReviewException(messageWhenEmpty);
        }
        return chosen;
    }

    record ChosenSkills(String label, List<String> skillKeys) {
    }

    /** Reviews the user asked for, newest first. */
    @Transactional(readOnly = true)
    public List<ReviewSummary> myRequests() {
        return repository.ofOwner(currentUser.id());
    }

    /** Withdraws an open review: its link stops working, and a reviewer answering it loses access at once. */
    @Transactional
    public void withdraw(long reviewId) {
        if (!repository.withdraw(reviewId, currentUser.id(), now())) {
            throw new ReviewException("This review is not open any more: it was submitted, declined or withdrawn already.");
        }
        log.info("Review {} withdrawn by its owner", reviewId);
    }

    // ---- the reviewer ----

    /** What a valid link offers to the logged-in visitor; refused for the visitor's own link and for any link that does not work. */
    @Transactional(readOnly = true)
    public InvitationPreview preview(String token) {
        var row = repository.invitation(SecretToken.hashOfGiven(token))
                .filter(invitation -> invitation.preview().expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new ReviewException(LINK_DOES_NOT_WORK));
        if (row.ownerId() == currentUser.id()) {
            throw new ReviewException(OWN_LINK);
        }
        return row.preview();
    }

    /** Accepts the link (it works once) and returns the review's id; the reviewer answers at {@code review/<id>}. */
    @Transactional
    public long accept(String token) {
        byte[] hash = SecretToken.hashOfGiven(token);
        long reviewer = currentUser.id();
        long id = repository.accept(hash, reviewer, now()).orElseThrow(() -> refusal(hash, reviewer));
        log.info("Review {} accepted by account {}", id, reviewer);
        return id;
    }

    /** Declines from the link, without accepting: the link is used up and the owner sees "declined". */
    @Transactional
    public void declineLink(String token) {
        byte[] hash = SecretToken.hashOfGiven(token);
        long reviewer = currentUser.id();
        if (!repository.declineLink(hash, reviewer, now())) {
            throw refusal(hash, reviewer);
        }
    }

    private ReviewException refusal(byte[] hash, long visitor) {
        boolean own = repository.invitation(hash).filter(row -> row.ownerId() == visitor).isPresent();
        return new ReviewException(own ? OWN_LINK : LINK_DOES_NOT_WORK);
    }

    /** Reviews the user was asked for, with their state, newest first. */
    @Transactional(readOnly = true)
    public List<ReviewSummary> askedOfMe() {
        return repository.ofReviewer(currentUser.id());
    }

    /** The review as its reviewer answers it: never the owner's levels, and notes only if the owner shares them. */
    @Transactional(readOnly = true)
    public ReviewForm form(long reviewId) {
        var row = repository.form(reviewId, currentUser.id()).orElseThrow(() -> new ReviewException(NOT_OPEN_TO_YOU));
        Map<String, Skill> skills = catalogService.catalog().skillsIncludingRetiredByKey();
        return new ReviewForm(row.reviewId(), row.ownerName(), row.scope(), row.sharesNotes(), row.answers().stream()
                .map(answer -> {
                    Skill skill = skills.get(answer.skillKey());
                    return new ReviewForm.Question(answer.skillKey(), skill == null ? answer.skillKey() : skill.name(),
                            skill == null ? "" : skill.description(), answer.ownerNote(), answer.level(),
                            answer.cannotJudge(), answer.comment());
                }).toList());
    }

    /** Saves a level 0-4 for a skill, "can't judge" ({@code level} null, {@code cannotJudge} true), or clears the answer. */
    @Transactional
    public void answer(long reviewId, String skillKey, Integer level, boolean cannotJudge) {
        if (level != null && (level < ProficiencyLevel.MIN || level > ProficiencyLevel.MAX)) {
            throw new ReviewException("A level must be from 0 (none) to 4 (expert), not " + level + ".");
        }
        if (level != null && cannotJudge) {
            throw new ReviewException("Give a level or choose “Can't judge”, not both.");
        }
        if (!repository.answer(reviewId, currentUser.id(), skillKey, level, cannotJudge)) {
            throw new ReviewException(NOT_OPEN_TO_YOU);
        }
    }

    /** Saves a comment on a skill (plain text, at most {@value #COMMENT_MAX_LENGTH} characters; blank clears it). */
    @Transactional
    public void comment(long reviewId, String skillKey, String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.length() > COMMENT_MAX_LENGTH) {
            throw new ReviewException("A comment can have at most " + COMMENT_MAX_LENGTH + " characters; this one has "
                    + text.length() + ".");
        }
        UserText.unstorable(text).ifPresent(problem -> {
            throw new ReviewException("This comment cannot be saved: " + problem + ".");
        });
        if (!repository.comment(reviewId, currentUser.id(), skillKey, text.isEmpty() ? null : text)) {
            throw new ReviewException(NOT_OPEN_TO_YOU);
        }
    }

    /** Submits once, when every skill has a level or "can't judge"; afterwards the reviewer's access ends. */
    @Transactional
    public void submit(long reviewId) {
        long reviewer = currentUser.id();
        if (!repository.submit(reviewId, reviewer, now())) {
            long unanswered = repository.form(reviewId, reviewer).map(row -> row.answers().stream()
                    .filter(answer -> answer.level().isEmpty() && !answer.cannotJudge()).count())
                    .orElseThrow(() -> new ReviewException(NOT_OPEN_TO_YOU));
            throw new ReviewException(unanswered == 1
                    ? "1 skill is not answered yet: give it a level, or choose “Can't judge”."
                    : unanswered + " skills are not answered yet: give each a level, or choose “Can't judge”.");
        }
        log.info("Review {} submitted", reviewId);
    }

    /** The reviewer declines a review they accepted; their access ends. */
    @Transactional
    public void decline(long reviewId) {
        if (!repository.decline(reviewId, currentUser.id(), now())) {
            throw new ReviewException(NOT_OPEN_TO_YOU);
        }
    }

    // ---- the owner: comparing and agreeing ----

    /** The submitted review against the owner's ratings now, with the fit three ways for every role and target. */
    @Transactional(readOnly = true)
    public Comparison compare(long reviewId) {
        var row = repository.submitted(reviewId, currentUser.id()).orElseThrow(() -> new ReviewException(NO_SUCH_SUBMITTED_REVIEW));
        Catalog catalog = catalogService.catalog();
        Map<String, Skill> skills = catalog.skillsIncludingRetiredByKey();
        SubmittedReview review = new SubmittedReview(row.reviewId(), row.reviewerName(), row.scope(), row.submittedAt(),
                row.answers().stream().map(answer -> new SubmittedReview.Answer(answer.skillKey(),
                        Optional.ofNullable(skills.get(answer.skillKey())).map(Skill::name).orElse(answer.skillKey()),
                        answer.ownLevel(), answer.reviewerLevel(), answer.cannotJudge(), answer.comment())).toList());
        MyTargets targets = targetService.mine();
        var answers = FitService.answers(assessmentService.mine(), targets);
        var requirements = Stream.concat(fitService.requirements().stream(), fitService.targetRequirements(targets).stream()).toList();
        return ReviewComparison.compare(review, answers, catalog.skillsByKey().keySet(), requirements);
    }

    /**
     * Takes the reviewer's level for a skill as the user's own rating (its history entry marked with the review).
     * Refused when the reviewer gave no level, the user holds it already, or the skill is retired.
     */
    @Transactional
    public Comparison adopt(long reviewId, String skillKey) {
        Comparison comparison = compare(reviewId);
        Comparison.Row row = comparison.rows().stream().filter(candidate -> candidate.skillKey().equals(skillKey)).findFirst()
                .orElseThrow(() -> new ReviewException("This review does not cover " + UserText.quote(skillKey) + "."));
        if (!row.canAdopt()) {
            throw new ReviewException(row.reviewerLevel().isEmpty()
                    ? "The reviewer gave no level for “" + row.skillName() + "”: there is nothing to adopt."
                    : row.retired() ? "“" + row.skillName() + "” is retired and takes no new ratings."
                    : "Your rating of “" + row.skillName() + "” is the reviewer's level already.");
        }
        assessmentService.adoptFromReview(skillKey, row.reviewerLevel().get(), reviewId);
        return compare(reviewId);
    }

    /** Freezes the comparison as it is now into a dated check-in that never changes. */
    @Transactional
    public CheckIn checkIn(long reviewId) {
        accountService.lockMine();
        Comparison comparison = compare(reviewId);
        long owner = currentUser.id();
        if (repository.checkInCount(reviewId) >= MAX_CHECK_INS_PER_REVIEW) {
            throw new ReviewException("This review has " + MAX_CHECK_INS_PER_REVIEW + " check-ins, the most one review keeps.");
        }
        // counted, not read: reading would parse every stored snapshot (up to 500) on each freeze
        if (repository.checkInCountOf(owner) >= MAX_CHECK_INS) {
            throw new ReviewException("You have " + MAX_CHECK_INS + " check-ins, the most an account keeps.");
        }
        long id = repository.insertCheckIn(owner, reviewId, now(), CheckIn.Snapshot.of(comparison));
        return repository.checkIn(id, owner).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<CheckIn> myCheckIns() {
        return repository.checkIns(currentUser.id());
    }

    /** The user's newest check-ins, at most {@code limit}, newest first: a page lists these, not all 500. */
    @Transactional(readOnly = true)
    public List<CheckIn> myLatestCheckIns(int limit) {
        return repository.latestCheckIns(currentUser.id(), limit);
    }

    /** The user's check-ins of one of their reviews, newest first (at most {@value #MAX_CHECK_INS_PER_REVIEW}). */
    @Transactional(readOnly = true)
    public List<CheckIn> myCheckInsOf(long reviewId) {
        return repository.checkInsOf(reviewId, currentUser.id());
    }

    /** How many check-ins the user keeps. */
    @Transactional(readOnly = true)
    public int myCheckInCount() {
        return repository.checkInCountOf(currentUser.id());
    }

    @Transactional(readOnly = true)
    public Optional<CheckIn> myCheckIn(long checkInId) {
        return repository.checkIn(checkInId, currentUser.id());
    }

    /** Whether the user keeps any check-in (the data import takes only an account without data). */
    @Transactional(readOnly = true)
    public boolean hasCheckIns() {
        return repository.checkInCountOf(currentUser.id()) > 0;
    }

    /**
     * Stores a check-in from the user's data file, as it was taken: with its date and its frozen snapshot, but no review
     * (the review is not exported, and its reviewer is another person), so it shows "a former reviewer". Only within the
     * import's transaction, which has checked the whole file first and locked the account; the database still refuses
     * the 501st check-in of a user.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void importCheckIn(Instant takenAt, CheckIn.Snapshot snapshot) {
        repository.insertCheckIn(currentUser.id(), null, takenAt.atOffset(ZoneOffset.UTC), snapshot);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
