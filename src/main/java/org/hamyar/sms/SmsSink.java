package org.hamyar.sms;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * Demo and test gateway: keeps the last messages in memory for tests and writes them to the log for a person running
 * the demo. The log shows the text (the demo's one-time codes) but only a masked number.
 */
@ApplicationScoped
public class SmsSink implements SmsGateway {

    /** A message as the sink received it. */
    public record Message(String to, String text) {
    }

    private static final Logger LOG = Logger.getLogger(SmsSink.class);
    private static final int KEPT = 1000;

    private final Deque<Message> messages = new ArrayDeque<>();

    @Override
    public Uni<Void> send(String e164, String text) {
        synchronized (messages) {
            if (messages.size() == KEPT) {
                messages.removeFirst();
            }
            messages.addLast(new Message(e164, text));
        }
        LOG.infof("SMS sink to %s: %s", mask(e164), text);
        return Uni.createFrom().voidItem();
    }

    /** The newest message sent to this number, if any. */
    public Optional<Message> lastTo(String e164) {
        synchronized (messages) {
            var it = messages.descendingIterator();
            while (it.hasNext()) {
                Message m = it.next();
                if (m.to().equals(e164)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    public int countTo(String e164) {
        synchronized (messages) {
            return (int) messages.stream().filter(m -> m.to().equals(e164)).count();
        }
    }

    private static String mask(String e164) {
        return e164.length() < 8 ? "***" : e164.substring(0, 4) + "*****" + e164.substring(e164.length() - 4);
    }
}
