package io.diameterharness.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registers the {@link DiameterPeerExtension} on a test class in one line. Not needed when the
 * class only uses {@link DiameterPeer} (which registers it too); useful to make the dependency
 * visible at the top of the class, and inherited by subclasses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DiameterPeerExtension.class)
public @interface EnableDiameterPeers {
}
