class PaymentService {
    public String processPayment(){
        // simulate processing payment and return completion status
        return "SUCCESS";
    }
}
