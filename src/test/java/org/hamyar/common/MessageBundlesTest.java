package org.hamyar.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every text exists in Persian and in English: a key in one bundle only is a page or an answer half translated. */
class MessageBundlesTest {

    /** The API's messages and the pages' texts. */
    private static final String[] BUNDLES = { "i18n/messages", "messages/msg", "messages/console" };

    @Test
    void persianAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> persian = keys(bundle + "_fa.properties");
            Set<String> english = keys(bundle + "_en.properties");
            assertThat(difference(persian, english)).as("keys in %s_fa but not in %s_en", bundle, bundle).isEmpty();
            assertThat(difference(english, persian)).as("keys in %s_en but not in %s_fa", bundle, bundle).isEmpty();
        }
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (String base : BUNDLES) {
            for (String bundle : new String[] { base + "_fa.properties", base + "_en.properties" }) {
                Properties texts = load(bundle);
                assertThat(texts.stringPropertyNames()).as(bundle)
                        .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
            }
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
