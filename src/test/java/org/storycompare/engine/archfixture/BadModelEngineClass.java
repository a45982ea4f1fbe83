package org.storycompare.engine.archfixture;

/** Deliberately loads the model runtime inside the engine, to prove that rule can fail. Only imported by ArchitectureTest. */
public final class BadModelEngineClass {

    public Object leak() {
        return ai.onnxruntime.OrtEnvironment.getEnvironment();
    }
}
