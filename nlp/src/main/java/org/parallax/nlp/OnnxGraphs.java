package org.parallax.nlp;

import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;

/**
 * Rewires an ONNX model so that it returns tensors computed inside it (a hidden layer of a
 * transformer) instead of its declared outputs. The model is read and written as protocol
 * buffers without the ONNX schema: a {@code ModelProto} holds its {@code GraphProto} in field 7, whose
 * outputs are the {@code ValueInfoProto}s of field 12 (name in field 1, type in field 2).
 */
final class OnnxGraphs {

    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_OUTPUT = 12;
    private static final int VALUE_NAME = 1;
    private static final int VALUE_TYPE = 2;
    private static final int TYPE_TENSOR = 1;
    private static final int TENSOR_ELEMENT_TYPE = 1;
    private static final int FLOAT = 1;

    private OnnxGraphs() {
    }

    /**
     * The model with {@code tensors} (float tensors named as in its graph) as its only outputs.
     *
     * @throws IllegalArgumentException when the bytes are not an ONNX model with one graph
     */
    static byte[] withOutputs(byte[] model, List<String> tensors) {
        try {
            UnknownFieldSet modelFields = UnknownFieldSet.parseFrom(model);
            List<ByteString> graphs = modelFields.hasField(MODEL_GRAPH)
                    ? modelFields.getField(MODEL_GRAPH).getLengthDelimitedList() : List.of();
            if (graphs.size() != 1) {
                throw new IllegalArgumentException("not an ONNX model with one graph");
            }
            UnknownFieldSet.Field.Builder outputs = UnknownFieldSet.Field.newBuilder();
            for (String tensor : tensors) {
                outputs.addLengthDelimited(floatTensorInfo(tensor));
            }
            UnknownFieldSet graph = UnknownFieldSet.newBuilder(UnknownFieldSet.parseFrom(graphs.getFirst()))
                    .clearField(GRAPH_OUTPUT)
                    .addField(GRAPH_OUTPUT, outputs.build())
                    .build();
            return UnknownFieldSet.newBuilder(modelFields)
                    .clearField(MODEL_GRAPH)
                    .addField(MODEL_GRAPH, UnknownFieldSet.Field.newBuilder().addLengthDelimited(graph.toByteString()).build())
                    .build()
                    .toByteArray();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not an ONNX model: " + e.getMessage(), e);
        }
    }

    /** {@code ValueInfoProto{name, type: TypeProto{tensor_type: {elem_type: FLOAT}}}}. */
    private static ByteString floatTensorInfo(String name) {
        ByteString tensorType = message(UnknownFieldSet.newBuilder()
                .addField(TENSOR_ELEMENT_TYPE, UnknownFieldSet.Field.newBuilder().addVarint(FLOAT).build()).build());
        ByteString type = message(UnknownFieldSet.newBuilder()
                .addField(TYPE_TENSOR, UnknownFieldSet.Field.newBuilder().addLengthDelimited(tensorType).build()).build());
        return message(UnknownFieldSet.newBuilder()
                .addField(VALUE_NAME, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8(name)).build())
                .addField(VALUE_TYPE, UnknownFieldSet.Field.newBuilder().addLengthDelimited(type).build())
                .build());
    }

    private static ByteString message(UnknownFieldSet fields) {
        return fields.toByteString();
    }
}
