package org.hamyar.auth;

/** Bodies of the citizen log-in endpoints. */
public final class OtpRequests {

    private OtpRequests() {
    }

    public record Send(String mobile) {
    }

    public record Verify(String mobile, String code) {
    }

    /** The same answer whether or not the mobile is registered. */
    public record Sent(long expiresIn, long resendAfter) {
    }
}
