# The application image for docker-compose.yml; build the jar first with ./mvnw -DskipTests package.
FROM eclipse-temurin:17-jre
RUN useradd --system --home /app convene && mkdir -p /app/data && chown convene /app/data
WORKDIR /app
COPY target/convene.jar /app/convene.jar
USER convene
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/convene.jar"]
