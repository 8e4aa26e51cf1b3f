package ch.so.integration.intake.programme;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.intake.programme.api.ChangeCapacityRequest;
import ch.so.integration.intake.programme.api.CreateProgrammeRequest;
import ch.so.integration.intake.programme.api.ProgrammeSearchHit;
import ch.so.integration.intake.programme.api.ProgrammeView;
import ch.so.integration.intake.programme.api.TariffsDto;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * The programme catalogue: programmes with tariffs within the AM-01 maxima, their places, and the search by type,
 * postal code and radius (AM-04). Programmes are no personal data, so no audit records. Placements take and give
 * back places with {@link #occupyPlace} and {@link #releasePlace} inside their own transaction.
 */
@ApplicationScoped
public class ProgrammeService {

    static final String RESOURCE = "programme";
    static final String UNKNOWN_POSTAL_CODE = "unknown postal code; import the postal-code data";

    private final Programmes programmes;
    private final Providers providers;
    private final PostalCodes postalCodes;
    private final Idempotency idempotency;
    private final Clock clock;

    ProgrammeService(Programmes programmes, Providers providers, PostalCodes postalCodes, Idempotency idempotency,
                     Clock clock) {
        this.programmes = programmes;
        this.providers = providers;
        this.postalCodes = postalCodes;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /**
     * AM-01: a tariff above the type's maximum, or in a unit the type is not billed in, is refused (400, naming the
     * field, rule AM-01). The postal code must be known (imported), or the search could never find the programme.
     */
    @Transactional
    public Idempotency.Result<ProgrammeView> create(CreateProgrammeRequest request, String idempotencyKey) {
        return idempotency.once("intake.create-programme", idempotencyKey, request, ProgrammeView.class, () -> {
            Provider provider = providers.byId(request.providerId()).orElseThrow(
                    () -> ProblemException.invalidField("providerId", "no provider with this id is registered"));
            Tariffs tariffs = request.tariffs() == null ? Tariffs.NONE : request.tariffs().toTariffs();
            refuseBrokenTariffs(request.type(), tariffs, "tariffs");
            String place = postalCodes.placeOf(request.postalCode()).orElseThrow(
                    () -> ProblemException.invalidField("postalCode", UNKNOWN_POSTAL_CODE));
            String town = request.town() == null || request.town().isBlank() ? place : request.town();
            Programme programme = Programme.create(provider, request.type(), request.name(), tariffs,
                    request.postalCode(), town, request.capacity(), clock);
            programmes.add(programme);
            return new Idempotency.Result<>(programme.id().toString(), ProgrammeView.of(programme), false);
        }, replay -> { });
    }

    @Transactional
    public ProgrammeView get(UUID id) {
        return ProgrammeView.of(find(id));
    }

    @Transactional
    public Page<ProgrammeView> list(UUID providerId, ProgrammeType type, PageQuery page) {
        return programmes.list(providerId, type, page).map(ProgrammeView::of);
    }

    /** AM-01: replaces the tariffs; refused like at creation. */
    @Transactional
    public ProgrammeView changeTariffs(UUID id, TariffsDto request) {
        Programme programme = find(id);
        Tariffs tariffs = request.toTariffs();
        refuseBrokenTariffs(programme.type(), tariffs, null);
        programme.changeTariffs(tariffs);
        return ProgrammeView.of(programme);
    }

    /** Refused (409) below the places occupied. */
    @Transactional
    public ProgrammeView changeCapacity(UUID id, ChangeCapacityRequest request) {
        Programme programme = programmes.byIdForUpdate(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        programme.changeCapacity(request.capacity());
        return ProgrammeView.of(programme);
    }

    /**
     * AM-04: programmes of the type (all types when null) within {@code radiusKm} of the postal code, nearest first.
     *
     * @throws ProblemException (400, field {@code postalCode}) for a postal code not imported
     */
    @Transactional
    public Page<ProgrammeSearchHit> search(ProgrammeType type, String postalCode, int radiusKm, PageQuery page) {
        Coordinates origin = postalCodes.centreOf(postalCode).orElseThrow(
                () -> ProblemException.invalidField("postalCode", UNKNOWN_POSTAL_CODE));
        return programmes.near(origin, radiusKm, type, page)
                .map(found -> ProgrammeSearchHit.of(found.programme(), found.distanceKm()));
    }

    /**
     * Takes a place of the programme for a placement, in the caller's transaction (the programme row stays locked
     * until it ends).
     *
     * @return the programme, e.g. for its type and its provider's canton
     * @throws ProblemException 400 naming {@code programmeId} for an unknown programme; 409 when no place is free
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Programme occupyPlace(UUID programmeId) {
        Programme programme = forPlacement(programmeId);
        programme.occupyPlace();
        return programme;
    }

    /**
     * Gives a placement's place back, in the caller's transaction.
     *
     * @throws ProblemException 400 naming {@code programmeId} for an unknown programme; 409 when no place is occupied
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Programme releasePlace(UUID programmeId) {
        Programme programme = forPlacement(programmeId);
        programme.releasePlace();
        return programme;
    }

    private Programme forPlacement(UUID programmeId) {
        return programmes.byIdForUpdate(programmeId).orElseThrow(
                () -> ProblemException.invalidField("programmeId", "no programme with this id"));
    }

    private Programme find(UUID id) {
        return programmes.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }

    /** @param prefix the JSON path of the tariffs object, or null when the tariffs are the body */
    private static void refuseBrokenTariffs(ProgrammeType type, Tariffs tariffs, String prefix) {
        List<Tariffs.Violation> violations = tariffs.violationsFor(type);
        if (violations.isEmpty()) {
            return;
        }
        List<FieldError> errors = violations.stream().map(violation -> new FieldError(
                fieldOf(prefix, violation.unit()), violation.message())).toList();
        throw new ProblemException(Problem.of(ProblemType.VALIDATION,
                        "The tariffs are not allowed for " + type.label() + " (AM-01 maximum tariffs).")
                .withErrors(errors).withRule("AM-01"));
    }

    private static String fieldOf(String prefix, ProgrammeType.TariffUnit unit) {
        if (unit == null) {
            return prefix == null ? "body" : prefix;
        }
        return prefix == null ? Tariffs.field(unit) : prefix + "." + Tariffs.field(unit);
    }
}
