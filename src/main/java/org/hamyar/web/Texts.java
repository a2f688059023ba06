package org.hamyar.web;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.hamyar.common.Messages;

/**
 * The pages' texts where Java composes them (a field's label in the error summary), from the same files as
 * {@link PageMessages}; and the API's field messages, so a page says what the API says.
 */
public final class Texts {

    private static final String[] BUNDLES = { "messages.msg", "messages.console" };

    private Texts() {
    }

    /** Looked up among the pages' texts, then the console's ({@link PageMessages}, {@link ConsoleMessages}). */
    public static String page(Lang lang, String key) {
        for (String bundle : BUNDLES) {
            try {
                return ResourceBundle.getBundle(bundle, lang.locale(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString(key);
            } catch (MissingResourceException e) {
                // the next bundle may have it
            }
        }
        return key;
    }

    /** A text with its one parameter {@code {n}} filled in. */
    public static String page(Lang lang, String key, String n) {
        return page(lang, key).replace("{n}", n);
    }

    /** The API's message for a field error code ({@code required}, {@code checksum}, …). */
    public static String fieldError(Lang lang, String code) {
        return Messages.get(lang.locale(), "error." + code);
    }
}
