fn main() {
    clippings::start();
}
