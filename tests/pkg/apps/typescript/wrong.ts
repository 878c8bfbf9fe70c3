// Mistakes the declarations must catch: each line below is an error.
import { extract } from "inti-wasm";

extract("<p>text</p>", { keepImagez: false });
extract("<p>text</p>", { favor: "speed" });
extract(42);
const title: number = extract("<p>text</p>").title;
extract("<p>text</p>").removed.length;
console.log(title);
