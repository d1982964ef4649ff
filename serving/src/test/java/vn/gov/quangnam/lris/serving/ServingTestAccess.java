package vn.gov.quangnam.lris.serving;

import vn.gov.quangnam.lris.serving.security.ServingAccount;

/** The shared test serving for tests of sub-packages (TestServing is package-private). */
public final class ServingTestAccess {
    private ServingTestAccess() {
    }

    public static RunningServing serving() {
        return TestServing.shared();
    }

    public static ServingAccount account(String user) {
        return TestServing.account(user);
    }
}
