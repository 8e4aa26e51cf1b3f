package ch.so.integration.billing.creditor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The creditor package's answer to invoicing and to the partner checks. Joins the caller's transaction. */
public interface CreditorAccounts {

    Optional<CreditorAccount> byId(UUID id);

    /** The creditors a partner institution acts for (usually one). */
    List<CreditorAccount> byInstitution(String institutionId);

    /**
     * AM-07: the AMI provider creditor registered for intake's provider id (the placement's programme provider,
     * PlacementCreated {@code programme.providerId}); empty while none is registered. Added for the participation
     * package.
     */
    Optional<CreditorAccount> byIntakeProvider(UUID intakeProviderId);

    /**
     * PG-05: the pass(t)genau provider creditor registered for intake's provider name (PlacementCreated
     * {@code passtGenauProvider}: LEBENSHILFE_SUEDSCHWARZWALD or ST_JOSEFSHAUS); empty while none is registered.
     * Added for the participation package.
     */
    Optional<CreditorAccount> byPasstGenauProvider(String intakeProvider);

    /** The creditors of a kind, by name (DAY_CENTER: the one day center). Added for the participation package. */
    List<CreditorAccount> byKind(CreditorKind kind);

    /** DC-21: the one day-center creditor, empty while none is registered. */
    Optional<CreditorAccount> dayCenter();
}
