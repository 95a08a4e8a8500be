package org.newsgraph.text;

/** What a block of an article's text is. Only {@link #BODY} and {@link #HEADLINE} blocks are read for facts. */
public enum BlockKind {
    /** The article's title or a section heading: read for names, never glued to the next sentence. */
    HEADLINE,
    /** Running text. */
    BODY,
    /** A photo caption: it may name people, but a caption's "shakes hands" is not a reported meeting. */
    CAPTION,
    /** "By Melis Akkum", "(Reporting by ...)", photo credits: names here are not persons of the story. */
    BYLINE,
    /** Site furniture: menus, "Advertisement", share prompts, "Related Articles", copyright, sign-up forms. */
    BOILERPLATE
}
