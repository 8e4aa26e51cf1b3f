package ch.so.integration.intake.person;

/** eCH-0044 sexType: 1 male, 2 female, 3 unknown. */
public enum Sex {
    MALE(1), FEMALE(2), UNKNOWN(3);

    private final int ech0044Code;

    Sex(int ech0044Code) {
        this.ech0044Code = ech0044Code;
    }

    public int ech0044Code() {
        return ech0044Code;
    }
}
