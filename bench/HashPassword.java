import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Prints the stored form of a password, as Skillpath's DelegatingPasswordEncoder writes it (for bench data). */
public class HashPassword {
    public static void main(String[] args) {
        System.out.print(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(args[0]));
    }
}
