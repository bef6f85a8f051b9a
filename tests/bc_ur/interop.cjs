// The app's QR codes against an independent BC-UR implementation, @ngraveio/bc-ur
// (npm; the app does not use it). Run by tests/bc_ur.rs:
//   node interop.cjs decode <parts file>      → the payload the parts carry, in hex
//   node interop.cjs encode <hex file> <max>  → standard ur:bytes parts, one a line
const fs = require("fs");
const { UR, UREncoder, URDecoder } = require("@ngraveio/bc-ur");

const [, , what, file, max] = process.argv;
if (what === "decode") {
  const decoder = new URDecoder();
  for (const part of fs.readFileSync(file, "utf8").split("\n")) {
    if (part && !decoder.isComplete()) decoder.receivePart(part.toLowerCase());
  }
  if (!decoder.isComplete() || !decoder.isSuccess()) {
    console.error("not decoded: " + (decoder.resultError ? decoder.resultError() : ""));
    process.exit(1);
  }
  const ur = decoder.resultUR();
  if (ur.type !== "bytes") {
    console.error("type " + ur.type);
    process.exit(1);
  }
  // `bytes` is a CBOR byte string: decodeCBOR gives the payload inside it.
  process.stdout.write(Buffer.from(ur.decodeCBOR()).toString("hex"));
} else if (what === "encode") {
  const payload = Buffer.from(fs.readFileSync(file, "utf8").trim(), "hex");
  const encoder = new UREncoder(UR.fromBuffer(payload), Number(max));
  const parts = [];
  for (let i = 0; i < encoder.fragmentsLength * 3; i++) parts.push(encoder.nextPart());
  process.stdout.write(parts.join("\n"));
} else {
  console.error("decode <parts file> | encode <hex file> <max fragment length>");
  process.exit(2);
}
