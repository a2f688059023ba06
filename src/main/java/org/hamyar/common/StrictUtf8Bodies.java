package org.hamyar.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Request bodies must be well-formed UTF-8. Jackson decodes leniently: the overlong {@code C0 AE C0 AE C0 AF} would
 * become {@code ../} and stray bytes would be replaced. Bodies are small (see {@link RequestSizeLimit}), so reading
 * one whole before the JSON reader does costs one copy.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new ApiException(ProblemType.MALFORMED_BODY, List.of(new FieldViolation("body", "encoding")));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
