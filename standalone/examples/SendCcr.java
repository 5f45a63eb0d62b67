import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.fake.FakeClient;
import java.net.InetSocketAddress;

/**
 * A stand-in for the application under test in the examples: connects to an OCS, sends one CCR-I,
 * prints the Result-Code, and exits 0 on 2001, 1 on anything else. Run it with the standalone jar
 * on the class path:
 *
 * <pre>java -cp standalone/target/diameter-harness-standalone.jar standalone/examples/SendCcr.java 127.0.0.1 3868</pre>
 */
public class SendCcr {
    public static void main(String[] args) {
        InetSocketAddress ocs = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
        try (FakeClient client = FakeClient.builder().name("pgw").realm("client.test").connectTo(ocs).start()) {
            DiameterMessage cca = client.send(client.creditControlSession().initial()
                    .avp(Avps.SERVICE_CONTEXT_ID.avp("32274@3gpp.org")).build());
            long resultCode = Avps.RESULT_CODE.read(cca.avp(Avps.RESULT_CODE.code()).orElseThrow());
            System.out.println("CCA Result-Code " + resultCode);
            System.exit(resultCode == 2001 ? 0 : 1);
        }
    }
}
