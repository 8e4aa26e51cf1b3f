package ch.so.integration.billing.creditor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** {@link CreditorAccounts} for the other billing packages: joins the caller's transaction, or runs its own. */
@ApplicationScoped
public class CreditorDirectory implements CreditorAccounts {

    private final Creditors creditors;

    CreditorDirectory(Creditors creditors) {
        this.creditors = creditors;
    }

    @Override
    @Transactional
    public Optional<CreditorAccount> byId(UUID id) {
        return creditors.byId(id).map(Creditor::account);
    }

    @Override
    @Transactional
    public List<CreditorAccount> byInstitution(String institutionId) {
        return creditors.byInstitution(institutionId).stream().map(Creditor::account).toList();
    }

    @Override
    @Transactional
    public Optional<CreditorAccount> byIntakeProvider(UUID intakeProviderId) {
        return creditors.byIntakeProvider(intakeProviderId).map(Creditor::account);
    }

    @Override
    @Transactional
    public Optional<CreditorAccount> byPasstGenauProvider(String passtGenauProvider) {
        return creditors.byPasstGenauProvider(passtGenauProvider).map(Creditor::account);
    }

    @Override
    @Transactional
    public List<CreditorAccount> byKind(CreditorKind kind) {
        return creditors.byKind(kind).stream().map(Creditor::account).toList();
    }

    @Override
    @Transactional
    public Optional<CreditorAccount> dayCenter() {
        return creditors.dayCenter().map(Creditor::account);
    }
}
