package app.skillpath.posting;

import app.skillpath.catalog.Catalog;

import java.util.List;

/**
 * The words a posting is searched for: the catalog's active skills, tools and fields of study, each with its name and
 * aliases. Retired entries are left out, as nobody is offered or scored on them any more.
 */
public record Vocabulary(List<Term> skills, List<Term> tools, List<Term> fields) {

    public Vocabulary {
        skills = List.copyOf(skills);
        tools = List.copyOf(tools);
        fields = List.copyOf(fields);
    }

    /** One catalog entry: its key, its name and the other words postings use for it. */
    public record Term(String key, String name, List<String> aliases) {

        public Term {
            aliases = List.copyOf(aliases);
        }

        /** The name first, then the aliases: every wording that names this entry. */
        public List<String> wordings() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
        }
    }

    /** The active (not retired) skills, tools and fields of study of the catalog, in the catalog's order. */
    public static Vocabulary of(Catalog catalog) {
        return new Vocabulary(
                catalog.skills().stream().map(skill -> new Term(skill.key(), skill.name(), skill.aliases())).toList(),
                catalog.tools().stream().map(tool -> new Term(tool.key(), tool.name(), tool.aliases())).toList(),
                catalog.fields().stream().map(field -> new Term(field.key(), field.name(), field.aliases())).toList());
    }
}
