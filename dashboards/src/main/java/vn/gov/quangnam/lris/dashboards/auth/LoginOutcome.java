package vn.gov.quangnam.lris.dashboards.auth;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The answer to a login: the viewer, or why not. A wrong password and an outage of Trino look different to the person
 * at the wall: the first is theirs to fix, the second the operator's.
 */
public record LoginOutcome(Optional<Viewer> viewer, Refusal refusal, String detail) {
    public LoginOutcome {
        requireNonNull(viewer, "viewer is null");
        requireNonNull(refusal, "refusal is null");
        requireNonNull(detail, "detail is null");
    }

    public static LoginOutcome accepted(Viewer viewer) {
        return new LoginOutcome(Optional.of(viewer), Refusal.NONE, "");
    }

    public static LoginOutcome refused(Refusal refusal, String detail) {
        return new LoginOutcome(Optional.empty(), refusal, detail);
    }

    /** Why a login was refused; {@link #message()} is what the login page says. */
    public enum Refusal {
        NONE(""),
        MISSING_FIELDS("Hãy nhập tên đăng nhập và mật khẩu."),
        WRONG_CREDENTIALS("Sai tên đăng nhập hoặc mật khẩu. Hãy kiểm tra lại (tài khoản giống tài khoản truy vấn Trino)."),
        DATA_SERVER_UNAVAILABLE("Không kết nối được máy chủ dữ liệu (Trino). Hãy thử lại sau ít phút hoặc báo cho bộ phận vận hành.");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
