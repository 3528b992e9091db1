// Bottleneck's light build (no Redis clustering), the one plugin-throttling uses, has the main build's types.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
