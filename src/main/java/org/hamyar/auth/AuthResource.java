package org.hamyar.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.common.ClientAddresses;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** Where citizens, staff and partner apps get their access tokens. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AuthResource {

    private final OtpService otp;
    private final StaffLogin staff;
    private final ClientCredentials clients;
    private final ClientAddresses addresses;
    private final StaffPasswords passwords;

    AuthResource(OtpService otp, StaffLogin staff, ClientCredentials clients, ClientAddresses addresses,
            StaffPasswords passwords) {
        this.otp = otp;
        this.staff = staff;
        this.passwords = passwords;
        this.clients = clients;
        this.addresses = addresses;
    }

    @POST
    @Path("otp")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> sendCode(OtpRequests.Send request, @Context HttpServerRequest http) {
        return otp.send(request, addresses.of(http))
                .map(sent -> Response.accepted(sent).build());
    }

    @POST
    @Path("otp/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> verifyCode(OtpRequests.Verify request) {
        return otp.verify(request).map(AuthResource::noStore);
    }

    @POST
    @Path("staff/login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> staffLogin(StaffLogin.Request request) {
        return staff.login(request).map(AuthResource::noStore);
    }

    /** Consumes a one-time set-password link sent by SMS to a new or reset staff account. */
    @POST
    @Path("staff/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> setStaffPassword(StaffPasswords.Request request) {
        return passwords.set(request).map(x -> Response.noContent().build());
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> token(@RestForm("grant_type") String grantType, @RestForm String scope,
            @RestForm("client_id") String clientId, @RestForm("client_secret") String clientSecret,
            @RestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        return clients.token(new ClientCredentials.Request(grantType, scope, clientId, clientSecret, authorization))
                .map(AuthResource::noStore);
    }

    /** RFC 6749 §5.1: token responses must not be cached. */
    private static Response noStore(TokenResponse token) {
        return Response.ok(token).header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache").build();
    }
}
