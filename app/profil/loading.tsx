export { default } from "../laporan/loading";
