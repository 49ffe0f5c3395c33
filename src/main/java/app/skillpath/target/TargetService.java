package app.skillpath.target;

import app.skillpath.account.AccountService;
import app.skillpath.account.CurrentUser;
import app.skillpath.assessment.RatingChange;
import app.skillpath.base.text.UserText;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.catalog.RequiredSkill;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Skill;
import app.skillpath.operations.SkillpathMetrics;
import app.skillpath.posting.PostingAnalysis;
import app.skillpath.posting.PostingAnalyzer;
import app.skillpath.posting.Vocabulary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The logged-in user's targets and custom skills. Every change takes the user's lock first (as plan changes do), so
 * the limits hold under parallel requests and a save never interleaves with another save of the same user.
 */
@Service
public class TargetService {

    public static final int MAX_TARGETS = 100;
    public static final int MAX_SKILLS = 60;
    /** Custom skills outlive the targets that made them (their ratings are the user's), so they have a bound of their own. */
    public static final int MAX_CUSTOM_SKILLS = 200;
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int COMPANY_MAX_LENGTH = 200;
    public static final int POSTING_MAX_LENGTH = PostingAnalyzer.MAX_CHARACTERS;
    /** The education a posting asks for weighs as the article's roles weigh theirs. */
    public static final int PROPOSED_EDUCATION_WEIGHT = 2;
    /** A posting's first line becomes the proposed title when it is short enough to be one. */
    static final int TITLE_FROM_FIRST_LINE_MAX = 120;
    public static final int URL_MAX_LENGTH = 2000;
    public static final int CUSTOM_NAME_MAX_LENGTH = 100;
    public static final int NOTE_MAX_LENGTH = 2000;
    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 5;
    public static final int MIN_HOURS_PER_LEVEL = 1;
    public static final int MAX_HOURS_PER_LEVEL = 500;

    private final TargetRepository repository;
    private final CatalogService catalogService;
    private final CurrentUser currentUser;
    private final AccountService accountService;
    private final Clock clock;
    private final SkillpathMetrics metrics;
    /** The analyzer of the catalog it was built for; rebuilt when the catalog object changes (a catalog install). */
    private final java.util.concurrent.atomic.AtomicReference<AnalyzerOf> analyzer = new java.util.concurrent.atomic.AtomicReference<>();

    private record AnalyzerOf(Catalog catalog, PostingAnalyzer analyzer) {
    }

    public TargetService(TargetRepository repository, CatalogService catalogService, CurrentUser currentUser,
                         AccountService accountService, Clock clock, SkillpathMetrics metrics) {
        this.metrics = metrics;
        this.repository = repository;
        this.catalogService = catalogService;
        this.currentUser = currentUser;
        this.accountService = accountService;
        this.clock = clock;
    }

    /** All the user's targets and custom skills, in one statement. */
    @Transactional(readOnly = true)
    public MyTargets mine() {
        return repository.load(currentUser.id());
    }

    /** One of the user's targets by its key ("target:12"); empty for another user's target, a deleted one or a forged key. */
    @Transactional(readOnly = true)
    public Optional<Target> myTarget(String key) {
        return TargetKey.targetId(key).isEmpty() ? Optional.empty() : mine().target(key);
    }

    @Transactional
    public Target create(TargetDraft draft) {
        accountService.lockMine();
        long ownerId = currentUser.id();
        TargetDraft checked = check(draft, Set.of());
        if (repository.count(ownerId) >= MAX_TARGETS) {
            throw new TargetException("You have " + MAX_TARGETS + " targets, the most Skillpath keeps: delete one to add another.");
        }
        long id = repository.insert(ownerId, checked, now());
        writeParts(ownerId, id, checked);
        return mine().target(TargetKey.ofTarget(id)).orElseThrow();
    }

    /**
     * Saves an edited target if nobody changed it since {@code expectedVersion} was read; otherwise nothing is changed
     * and the message says why. Skills of the target that the catalog has retired since may stay; no new ones are taken.
     */
    @Transactional
    public Target update(String key, int expectedVersion, TargetDraft draft) {
        accountService.lockMine();
        long ownerId = currentUser.id();
        Target stored = requireTarget(key);
        Set<String> kept = new HashSet<>(stored.skills().stream().map(TargetSkill::skillKey).toList());
        TargetDraft checked = check(draft, kept);
        if (!repository.update(ownerId, stored.id(), expectedVersion, checked, now())) {
            throw new TargetException("“" + stored.title() + "” was changed in another tab or browser since you opened it; "
                    + "reload it to see the saved version, then edit again.");
        }
        repository.deleteParts(ownerId, stored.id());
        writeParts(ownerId, stored.id(), checked);
        return mine().target(key).orElseThrow();
    }

    @Transactional
    public void delete(String key) {
        accountService.lockMine();
        Target stored = requireTarget(key);
        repository.delete(currentUser.id(), stored.id());
    }

    /** A new target's draft copied from a catalog role: its skills with their levels and weights, education and tools. */
    @Transactional(readOnly = true)
    public TargetDraft draftFromRole(String roleKey) {
        Role role = catalogService.role(roleKey)
                .orElseThrow(() -> new TargetException("There is no role called " + UserText.quote(roleKey) + "."));
        Catalog catalog = catalogService.catalog();
        List<TargetDraft.SkillDraft> skills = role.requiredSkills().stream()
                .filter(required -> catalog.skillsByKey().containsKey(required.skillKey()))
                .map((RequiredSkill required) -> TargetDraft.SkillDraft.catalog(required.skillKey(), required.requiredLevel(),
                        Math.min(MAX_WEIGHT, required.weight()), required.weight() > 1))
                .toList();
        var education = role.education();
        List<String> fields = education.fieldKeys().stream().filter(catalog.fieldsByKey()::containsKey).toList();
        List<String> tools = role.tools().usages().stream().flatMap(usage -> usage.toolKeys().stream())
                .filter(catalog.toolsByKey()::containsKey).distinct().toList();
        return new TargetDraft(role.title() + " (my copy)", "", "", "", skills,
                Optional.of(new TargetEducation(education.minimum(), fields, education.relatedFieldsAccepted(),
                        Math.min(MAX_WEIGHT, education.weight()))),
                tools);
    }

    /**
     * Reads a pasted posting and proposes a target: the catalog skills it asks for (must-have or nice-to-have, level and
     * weight from its wording), the education and the catalog tools it names, with the words each came from. Nothing is
     * saved. A posting in which nothing is found is no error: the proposal is then a draft with the posting only.
     */
    public PostingProposal propose(String posting) {
        String text = posting == null ? "" : posting.strip();
        if (text.isEmpty()) {
            throw new TargetException("Paste the text of a job posting first.");
        }
        if (text.length() > POSTING_MAX_LENGTH) {
            throw new TargetException("A posting can have at most " + String.format(Locale.ROOT, "%,d", POSTING_MAX_LENGTH)
                    + " characters; this one has " + String.format(Locale.ROOT, "%,d", text.length())
                    + ". Paste the part with the requirements.");
        }
        requireStorable(text, "This posting");
        PostingAnalysis analysis = analyzer().analyze(text);
        List<TargetDraft.SkillDraft> skills = analysis.skills().stream()
                .map(skill -> TargetDraft.SkillDraft.catalog(skill.skillKey(), skill.level(), skill.weight(), skill.mustHave()))
                .toList();
        Optional<TargetEducation> education = analysis.education().map(asked -> new TargetEducation(asked.minimum(),
                asked.fieldKeys(), asked.relatedFieldsAccepted(), PROPOSED_EDUCATION_WEIGHT));
        List<String> tools = analysis.tools().stream().map(tool -> tool.toolKey()).toList();
        return new PostingProposal(text, new TargetDraft(titleFrom(text), "", text, "", skills, education, tools), analysis);
    }

    private PostingAnalyzer analyzer() {
        Catalog catalog = catalogService.catalog();
        AnalyzerOf current = analyzer.get();
        if (current == null || current.catalog() != catalog) {
            current = new AnalyzerOf(catalog, new PostingAnalyzer(Vocabulary.of(catalog)));
            analyzer.set(current);
        }
        return current.analyzer();
    }

    /** The posting's first line, without markdown marks, if it is short enough to be a job title; otherwise blank. */
    static String titleFrom(String posting) {
        String first = posting.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
        String title = first.replaceFirst("^[#*>\\-•\\s]+", "").replaceFirst("[*\\s]+$", "").strip();
        return title.length() <= TITLE_FROM_FIRST_LINE_MAX ? title : "";
    }

    // ---- custom skills -------------------------------------------------------------------------------------------

    /** Rates a custom skill 0..4, or clears the rating with null. Returns the user's targets and custom skills as saved. */
    @Transactional
    public MyTargets rateCustomSkill(String customKey, Integer level) {
        long id = requireCustomSkillId(customKey);
        if (level != null && (level < ProficiencyLevel.MIN || level > ProficiencyLevel.MAX)) {
            throw new TargetException("A rating must be from 0 (none) to 4 (expert), not " + level + ".");
        }
        if (!repository.rateCustomSkill(currentUser.id(), id, level, now())) {
            throw noSuchCustomSkill();
        }
        metrics.ratingSaved();
        return mine();
    }

    /** Records that the rating of a custom skill still holds (see {@code AssessmentService.confirmRating}). */
    @Transactional
    public void confirmCustomRating(String customKey) {
        long id = requireCustomSkillId(customKey);
        if (!repository.confirmCustomRating(currentUser.id(), id, now())) {
            throw new TargetException("That skill of your own has no rating to keep (or is no longer yours): rate it on the assessment.");
        }
    }

    /** Saves a custom skill's evidence note (stripped; blank clears it) and the hours per level its plan step counts. */
    @Transactional
    public MyTargets saveCustomSkillDetails(String customKey, String note, int hoursPerLevel) {
        long id = requireCustomSkillId(customKey);
        String text = note == null ? "" : note.strip();
        if (text.length() > NOTE_MAX_LENGTH) {
            throw new TargetException("A note can have at most " + NOTE_MAX_LENGTH + " characters; this one has " + text.length() + ".");
        }
        requireStorable(text, "This note");
        if (hoursPerLevel < MIN_HOURS_PER_LEVEL || hoursPerLevel > MAX_HOURS_PER_LEVEL) {
            throw new TargetException("Hours per level must be from " + MIN_HOURS_PER_LEVEL + " to " + MAX_HOURS_PER_LEVEL
                    + ", not " + hoursPerLevel + ".");
        }
        if (!repository.saveCustomSkillDetails(currentUser.id(), id, text.isEmpty() ? null : text, hoursPerLevel, now())) {
            throw noSuchCustomSkill();
        }
        return mine();
    }

    /** Deletes a custom skill with its rating and history; refused while a target still asks for it. */
    @Transactional
    public MyTargets deleteCustomSkill(String customKey) {
        accountService.lockMine();
        long id = requireCustomSkillId(customKey);
        List<String> users = repository.targetsUsing(currentUser.id(), id);
        if (!users.isEmpty()) {
            throw new TargetException("This skill is still part of " + String.join(", ", users.stream().map(UserText::quote).toList())
                    + ": remove it from there first.");
        }
        if (repository.deleteCustomSkill(currentUser.id(), id) == 0) {
            throw noSuchCustomSkill();
        }
        return mine();
    }

    /** Every rating the user gave a custom skill, oldest first (keys "custom:7"). */
    @Transactional(readOnly = true)
    public List<RatingChange> myCustomHistory() {
        return repository.customHistory(currentUser.id());
    }

    // ---- import (inside the import's transaction only, so a file is stored whole or not at all) -------------------

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean hasStoredTargets() {
        return repository.hasAny(currentUser.id());
    }

    /** Stores a custom skill as exported, with its history; returns its new key. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String importCustomSkill(CustomSkill skill, List<RatingChange> history) {
        long ownerId = currentUser.id();
        check(new TargetDraft("x", "", "", "", List.of(TargetDraft.SkillDraft.newCustom(skill.name(), 1, 1, true)),
                Optional.empty(), List.of()), Set.of());
        if (repository.countCustomSkills(ownerId) >= MAX_CUSTOM_SKILLS) {
            throw new TargetException("The file has more than " + MAX_CUSTOM_SKILLS + " skills of your own.");
        }
        long id = repository.importCustomSkill(ownerId, skill, now());
        for (RatingChange change : history) {
            repository.importCustomHistory(ownerId, id, change.level().orElse(null), change.changedAt().atOffset(java.time.ZoneOffset.UTC));
        }
        return TargetKey.ofCustomSkill(id);
    }

    /** Stores a target as exported (custom skills named by the keys {@link #importCustomSkill} returned); its new key. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String importTarget(TargetDraft draft) {
        long ownerId = currentUser.id();
        TargetDraft checked = check(draft, draft.skills().stream().map(TargetDraft.SkillDraft::skillKey)
                .filter(key -> key != null && !TargetKey.isCustomSkill(key)).collect(java.util.stream.Collectors.toSet()));
        if (repository.count(ownerId) >= MAX_TARGETS) {
            throw new TargetException("The file has more than " + MAX_TARGETS + " targets.");
        }
        long id = repository.insert(ownerId, checked, now());
        writeParts(ownerId, id, checked);
        return TargetKey.ofTarget(id);
    }

    // ---- checks ---------------------------------------------------------------------------------------------------

    /**
     * The draft with its texts stripped, or the first thing wrong with it as a message. {@code keptSkills} are catalog
     * skills the stored target already has, which may stay even if the catalog retired them since.
     */
    TargetDraft check(TargetDraft draft, Set<String> keptSkills) {
        if (draft == null) {
            throw new TargetException("There is no target to save.");
        }
        String title = stripped(draft.title());
        if (title.isEmpty()) {
            throw new TargetException("Give the target a title, for example the job title of the posting.");
        }
        requireLength(title, TITLE_MAX_LENGTH, "The title");
        String company = stripped(draft.company());
        requireLength(company, COMPANY_MAX_LENGTH, "The company");
        String posting = draft.postingText() == null ? "" : draft.postingText().strip();
        requireLength(posting, POSTING_MAX_LENGTH, "The posting");
        String url = stripped(draft.postingUrl());
        requireLength(url, URL_MAX_LENGTH, "The posting's address");
        if (!url.isEmpty() && !isWebAddress(url)) {
            throw new TargetException("The posting's address must be a web address starting with http:// or https://, not "
                    + UserText.quote(url) + ".");
        }
        List<TargetDraft.SkillDraft> skills = draft.skills();
        if (skills.isEmpty()) {
            throw new TargetException("A target needs at least one skill.");
        }
        if (skills.size() > MAX_SKILLS) {
            throw new TargetException("A target can have at most " + MAX_SKILLS + " skills; this one has " + skills.size() + ".");
        }
        Catalog catalog = catalogService.catalog();
        // a new name that is an existing custom skill's (ignoring case) is that skill, as writeParts will store it
        Map<Long, String> ownNames = repository.customSkillNames(currentUser.id());
        Map<String, Long> ownByName = new HashMap<>();
        ownNames.forEach((id, ownName) -> ownByName.put(ownName.toLowerCase(Locale.ROOT), id));
        Set<String> seen = new HashSet<>();
        List<TargetDraft.SkillDraft> checkedSkills = new ArrayList<>();
        for (TargetDraft.SkillDraft skill : skills) {
            if (skill == null) {
                throw new TargetException("A skill of the target is missing.");
            }
            String name;
            String identity;
            TargetDraft.SkillDraft checkedSkill = skill;
            if (skill.isNewCustom()) {
                name = stripped(skill.customName());
                if (name.isEmpty()) {
                    throw new TargetException("Give your own skill a name.");
                }
                requireLength(name, CUSTOM_NAME_MAX_LENGTH, "A skill's name");
                Long existing = ownByName.get(name.toLowerCase(Locale.ROOT));
                identity = existing != null ? TargetKey.ofCustomSkill(existing) : "name:" + name.toLowerCase(Locale.ROOT);
                checkedSkill = new TargetDraft.SkillDraft(null, name, skill.requiredLevel(), skill.weight(), skill.mustHave());
            } else if (TargetKey.isCustomSkill(skill.skillKey())) {
                name = ownNames.get(TargetKey.customSkillId(skill.skillKey()).orElseThrow());
                if (name == null) {
                    throw noSuchCustomSkill();
                }
                identity = skill.skillKey();
            } else {
                Skill known = catalog.skillsByKey().get(skill.skillKey());
                if (known == null && keptSkills.contains(skill.skillKey())) {
                    known = catalog.skillsIncludingRetiredByKey().get(skill.skillKey());
                }
                if (known == null) {
                    Skill retired = catalog.skillsIncludingRetiredByKey().get(skill.skillKey());
                    throw new TargetException(retired != null ? "“" + retired.name() + "” is retired and cannot be added to a target."
                            : "There is no skill called " + UserText.quote(skill.skillKey()) + " in the catalog.");
                }
                name = known.name();
                identity = skill.skillKey();
            }
            if (!seen.add(identity)) {
                throw new TargetException("“" + name + "” is in the target twice; keep it once.");
            }
            if (skill.requiredLevel() < 1 || skill.requiredLevel() > ProficiencyLevel.MAX) {
                throw new TargetException("The required level of “" + name + "” must be from 1 (aware) to 4 (expert), not "
                        + skill.requiredLevel() + ".");
            }
            requireWeight(skill.weight(), "“" + name + "”");
            checkedSkills.add(checkedSkill);
        }
        Optional<TargetEducation> education = draft.education();
        if (education.isPresent()) {
            TargetEducation asked = education.get();
            if (asked.minimum() == null) {
                throw new TargetException("Choose the education level the target asks for, or no education.");
            }
            requireWeight(asked.weight(), "Education");
            for (String field : asked.fieldKeys()) {
                if (!catalog.fieldsByKey().containsKey(field)) {
                    throw new TargetException("There is no field of study called " + UserText.quote(field) + ".");
                }
            }
            education = Optional.of(new TargetEducation(asked.minimum(), asked.fieldKeys().stream().distinct().toList(),
                    asked.relatedFieldsAccepted(), asked.weight()));
        }
        for (String tool : draft.toolKeys()) {
            if (!catalog.toolsByKey().containsKey(tool)) {
                throw new TargetException("There is no tool called " + UserText.quote(tool) + ".");
            }
        }
        return new TargetDraft(title, company, posting, url, checkedSkills, education, draft.toolKeys().stream().distinct().toList());
    }

    private void writeParts(long ownerId, long targetId, TargetDraft draft) {
        for (int position = 0; position < draft.skills().size(); position++) {
            TargetDraft.SkillDraft skill = draft.skills().get(position);
            if (skill.isNewCustom()) {
                long customId = repository.customSkillNamed(ownerId, skill.customName())
                        .orElseGet(() -> newCustomSkill(ownerId, skill.customName()));
                repository.insertCustomSkill(ownerId, targetId, position, customId, skill.requiredLevel(), skill.weight(), skill.mustHave());
            } else if (TargetKey.isCustomSkill(skill.skillKey())) {
                long customId = TargetKey.customSkillId(skill.skillKey()).orElseThrow();
                if (!repository.ownsCustomSkill(ownerId, customId)) {
                    throw noSuchCustomSkill();
                }
                repository.insertCustomSkill(ownerId, targetId, position, customId, skill.requiredLevel(), skill.weight(), skill.mustHave());
            } else {
                repository.insertCatalogSkill(ownerId, targetId, position, skill.skillKey(), skill.requiredLevel(), skill.weight(),
                        skill.mustHave());
            }
        }
        draft.education().ifPresent(education -> education.fieldKeys().forEach(field -> repository.insertField(ownerId, targetId, field)));
        draft.toolKeys().forEach(tool -> repository.insertTool(ownerId, targetId, tool));
    }

    private long newCustomSkill(long ownerId, String name) {
        if (repository.countCustomSkills(ownerId) >= MAX_CUSTOM_SKILLS) {
            throw new TargetException("You have " + MAX_CUSTOM_SKILLS + " skills of your own, the most Skillpath keeps: "
                    + "remove the ones no target uses on the self-assessment page, or pick an existing one.");
        }
        return repository.insertCustomSkill(ownerId, name, now());
    }

    private Target requireTarget(String key) {
        return myTarget(key).orElseThrow(() -> new TargetException(
                "That target is not among yours: it may have been deleted in another tab."));
    }

    private static long requireCustomSkillId(String key) {
        return TargetKey.customSkillId(key).orElseThrow(TargetService::noSuchCustomSkill);
    }

    private static TargetException noSuchCustomSkill() {
        return new TargetException("That skill is not among your own skills: it may have been deleted in another tab.");
    }

    private static void requireWeight(int weight, String what) {
        if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
            throw new TargetException("The weight of " + what + " must be from " + MIN_WEIGHT + " (nice to have) to "
                    + MAX_WEIGHT + " (essential), not " + weight + ".");
        }
    }

    private static void requireLength(String text, int max, String what) {
        if (text.length() > max) {
            throw new TargetException(what + " can have at most " + String.format(Locale.ROOT, "%,d", max)
                    + " characters; this one has " + String.format(Locale.ROOT, "%,d", text.length()) + ".");
        }
        requireStorable(text, what);
    }

    private static void requireStorable(String text, String what) {
        UserText.unstorable(text).ifPresent(problem -> {
            throw new TargetException(what + " cannot be saved: " + problem + ".");
        });
    }

    /**
     * The text without the blanks around it, counting as blank what {@link String#strip()} keeps but a reader cannot
     * see either: no-break and other Unicode spaces and invisible format characters (zero-width space, byte order
     * mark), which a pasted title or name often carries. A title of such characters alone is no title.
     */
    static String stripped(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && invisible(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && invisible(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean invisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }

    /**
     * An absolute http(s) address without spaces; it is only ever shown as a link, never fetched. Public for the data
     * file's check, which must accept exactly the addresses a save accepts.
     */
    public static boolean isWebAddress(String url) {
        if (url.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && hasHost(uri);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /**
     * java.net.URI finds no host in a name written in another script ("https://bücher.de/jobs"), which is a valid web
     * address; such a host counts when IDNA can write it in ASCII.
     */
    private static boolean hasHost(URI uri) {
        if (uri.getHost() != null) {
            return true;
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return false;
        }
        String host = authority.replaceFirst("^[^@]*@", "").replaceFirst(":\\d{1,5}$", "");
        try {
            String ascii = java.net.IDN.toASCII(host, java.net.IDN.USE_STD3_ASCII_RULES);
            return !ascii.isEmpty() && new URI("http", ascii, "/", null).getHost() != null;
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return false;
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
