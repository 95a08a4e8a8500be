package org.newsgraph.server.view;

/** What a resource of the graph is, as far as the pages care: each kind has its own page layout. */
public enum Kind {
    PERSON("person"), MEETING("meeting"), PLACE("place"), ORGANIZATION("organisation"), OUTLET("outlet"),
    POST("office"), ROLE("role"), TENURE("tenure"), STANCE("stance"), TOPIC("topic"), ARTICLE("article"),
    CLAIM("claim"), OTHER("resource");

    private final String word;

    Kind(String word) {
        this.word = word;
    }

    /** The English word for it: {@code person}, {@code office}, ... */
    public String word() {
        return word;
    }

    /** The CSS class of links to resources of this kind. */
    public String cssClass() {
        return "k-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
